// `docs ID [--algorithm ALG] [--out DIR]`: .docx drafts of the four filing
// documents from a stored dossier, each recorded in its upload field with the
// facts it states (documents/draft_writer.hpp).
#include <ostream>

#include "cli/filing_cli.hpp"
#include "documents/draft_writer.hpp"
#include "filing/revision_source.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

constexpr const char* kUsage =
    "Usage: beian-assist docs ID [--algorithm ALG] [--out DIR] [--json] [--reason TEXT] "
    "[--author NAME]\n";

const char* record_text(const std::string& record) {
    if (record == "recorded") return "已记录到档案 / recorded";
    if (record == "unchanged") return "未变 / unchanged";
    return "已有扫描件，未替换 / a scan is attached and kept";
}

void print_result(const nlohmann::json& result, std::ostream& out) {
    out << result["id"].get<std::string>() << ": " << result["drafts"].size()
        << " 份草稿 / drafts in " << result["directory"].get<std::string>() << "\n";
    for (const auto& draft : result["drafts"]) {
        out << "  " << draft["label"].get<std::string>();
        if (draft.contains("algorithm"))
            out << " (" << draft["algorithm"].get<std::string>() << ")";
        out << "\n    " << draft["file"].get<std::string>() << "\n    "
            << record_text(draft["record"].get<std::string>()) << "；待填写 "
            << draft["blanks"].get<std::size_t>() << " 处 / blanks\n";
        if (draft.contains("preserved"))
            out << "    ! 你编辑过的 " << draft["preserved"].get<std::string>()
                << " 未被覆盖 / your edited file was kept\n";
        if (!draft["missing"].empty()) {
            out << "    ! 档案未填写 / missing in the dossier:";
            for (const auto& label : draft["missing"]) out << " " << label.get<std::string>();
            out << "\n";
        }
    }
    out << (result["saved"].get<bool>()
                ? "saved as revision " + std::to_string(result["revision"].get<std::int64_t>())
                : std::string("the dossier is unchanged"))
        << "\n标黄的【待填写：……】须由你按实际情况撰写；填写后打印、签字盖章并扫描，再替换附件。\n"
           "Each highlighted 【待填写：…】 is yours to write; then print, sign, stamp, scan and "
           "replace the attachment.\n";
}

}  // namespace

int cmd_docs(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--algorithm", "--out", "--reason", "--author"});
    if (parsed.error) {
        io.err << "beian-assist docs: " << *parsed.error << "\n" << kUsage;
        return exit_code::kUnusable;
    }
    for (const auto& flag : parsed.flags)
        if (flag != "--json") {
            io.err << "beian-assist docs: unknown option " << flag << "\n" << kUsage;
            return exit_code::kUnusable;
        }
    if (parsed.positional.size() != 1) {
        io.err << kUsage;
        return exit_code::kUnusable;
    }
    documents::DraftRequest request{parsed.positional[0], parsed.option("--algorithm"), {}};
    if (const auto out = parsed.option("--out")) request.directory = *out;
    return run_reporting("docs", io, [&] {
        const auto data_dir = storage::default_data_dir();
        storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto result = documents::write_drafts(
            store, profile, request, filing::today_or_pinned(), cli_note(parsed, "生成文件草稿"));
        if (parsed.flag("--json"))
            io.out << documents::to_json(result).dump(2) << "\n";
        else
            print_result(documents::to_json(result), io.out);
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
