// `checklist ID`: every material of the filing with its state and what to do
// next (checklist/checklist.hpp). Exit 0 when every required material is
// ready, 1 when something is left to do.
#include <ostream>

#include "checklist/checklist.hpp"
#include "cli/filing_cli.hpp"
#include "filing/revision_source.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

constexpr std::pair<std::string_view, const char*> kStateNames[] = {
    {"missing", "缺少"},          {"optional", "可选"},         {"draft", "草稿"},
    {"attached", "齐备"},         {"stale", "需重新出具"},      {"expired", "已过期"},
    {"file-missing", "文件缺失"}, {"file-changed", "文件已变"}, {"recorded", "已填写"},
    {"incomplete", "未填完"},
};

std::string state_name(const std::string& state) {
    for (const auto& [id, name] : kStateNames)
        if (id == state) return std::string(name) + " " + state;
    return state;
}

}  // namespace

int cmd_checklist(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {});
    for (const auto& flag : parsed.flags)
        if (flag != "--json") {
            io.err << "beian-assist checklist: unknown option " << flag
                   << "\nUsage: beian-assist checklist ID [--json]\n";
            return exit_code::kUnusable;
        }
    if (parsed.positional.size() != 1) {
        io.err << "Usage: beian-assist checklist ID [--json]\n";
        return exit_code::kUnusable;
    }
    return run_reporting("checklist", io, [&] {
        const auto data_dir = storage::default_data_dir();
        const storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto list = checklist::build_checklist(store, profile, parsed.positional[0],
                                                     filing::today_or_pinned());
        bool complete = true;
        for (const auto& item : list.items)
            complete = complete && (!item.required || checklist::is_done(item.state));
        if (parsed.flag("--json")) {
            io.out << checklist::to_json(list).dump(2) << "\n";
            return complete ? exit_code::kOk : exit_code::kFindings;
        }
        const auto summary = checklist::to_json(list)["summary"];
        io.out << list.id << " (revision " << list.revision << "), " << list.today.to_string()
               << ": " << summary["done"].get<std::size_t>() << " / " << list.items.size()
               << " 项就绪 / ready\n";
        for (const auto& item : list.items) {
            io.out << "\n  [" << state_name(item.state) << "] " << item.name.zh;
            if (!item.algorithm.empty()) io.out << " (" << item.algorithm << ")";
            if (!item.guide.empty()) io.out << "  指南" << item.guide;
            if (!item.required) io.out << "  非必需 / not required";
            if (!item.upload.empty()) io.out << "\n      上传位置 / upload: " << item.upload;
            if (!item.path.empty()) io.out << "\n      文件 / file: " << item.path;
            io.out << "\n      → " << item.next.zh << "\n";
        }
        return complete ? exit_code::kOk : exit_code::kFindings;
    });
}

}  // namespace beian::cli
