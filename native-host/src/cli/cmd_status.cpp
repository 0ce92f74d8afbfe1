// `status [ID...]`: every filing of every company in the data directory —
// state, open changes since approval and the next statutory due date —
// soonest first, overdue ones marked.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/filing_status.hpp"
#include "filing/revision_source.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

void print_row(const nlohmann::json& row, std::ostream& out) {
    if (row.contains("due")) {
        const auto& due = row["due"];
        out << due["date"].get<std::string>() << "  " << due["kind"].get<std::string>();
        if (due["overdue"].get<bool>()) out << " 逾期/OVERDUE";
        if (due["provisional"].get<bool>()) out << " (临时/provisional)";
    } else {
        out << "-";
    }
    out << "  " << row["dossier"].get<std::string>() << "  "
        << (row["scope"] == "entity" ? "主体" : "算法 " + row["algorithm"].get<std::string>());
    if (row.contains("name")) out << " " << shown(row["name"], 30);
    out << "  " << row["state"].get<std::string>();
    if (row.contains("baseline") && row["baseline"].contains("number"))
        out << "  " << row["baseline"]["number"].get<std::string>();
    if (const auto open = row["openChanges"].get<std::size_t>(); open > 0) {
        out << "  " << open << " 项变更:";
        for (const auto& page : row["pages"]) out << " " << page.get<std::string>();
    }
    if (const auto reissue = row["reissue"].get<std::size_t>(); reissue > 0)
        out << "  " << reissue << " 份附件需重新出具";
    if (const auto comments = row["openComments"].get<std::size_t>(); comments > 0)
        out << "  " << comments << " 条审核意见";
    for (const auto& shared : row.value("sharedFunctions", nlohmann::json::array()))
        out << "\n      一项算法一项备案 / one filing per algorithm: 「"
            << shown(shared["label"], 40) << "」 由 " << shared["algorithms"].size()
            << " 个算法共用，各需备案";
    if (row.contains("problem")) out << "\n      ! " << row["problem"].get<std::string>();
    out << "\n";
}

}  // namespace

int cmd_status(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {});
    for (const auto& flag : parsed.flags)
        if (flag != "--json") {
            io.err << "beian-assist status: unknown option " << flag
                   << "\nUsage: beian-assist status [ID...] [--json]\n";
            return exit_code::kUnusable;
        }
    return run_reporting("status", io, [&] {
        const auto data_dir = storage::default_data_dir();
        const storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto today = filing::today_or_pinned();
        auto rows = nlohmann::json::array();
        for (const auto& row : filing::filing_status(store, profile, parsed.positional, today))
            rows.push_back(filing::to_json(row));
        if (parsed.flag("--json")) {
            io.out << nlohmann::json{{"today", today.to_string()}, {"rows", rows}}.dump(2) << "\n";
            return exit_code::kOk;
        }
        io.out << "today " << today.to_string() << "\n";
        if (rows.empty()) io.out << "no dossiers in " << store.directory().string() << "\n";
        for (const auto& row : rows) print_row(row, io.out);
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
