// `diff ID [FROM [TO]]`: what changed, field by field under the portal's page
// titles and labels, which filings need a 变更 for which pages, and which
// stamped documents must be issued again. Without revisions: each approved
// filing against its approval.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/diff_reports.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage = "Usage: beian-assist diff ID [FROM [TO]] [--json]\n";

std::string target_text(const json& target) {
    std::string text;
    for (const auto& [name, id] : target.items())
        text += (text.empty() ? " (" : ", ") + name + " " + id.get<std::string>();
    return text.empty() ? text : text + ")";
}

std::string page_text(const json& page) {
    const auto& step = page["step"].get_ref<const std::string&>();
    return page["title"].get<std::string>() + (step.empty() ? "" : " · " + step) +
           target_text(page["target"]);
}

std::string scope_text(const json& filing) {
    return filing["scope"] == "entity" ? "主体" : "算法 " + filing["algorithm"].get<std::string>();
}

void print_entries(const json& entries, const portal::Profile& profile, std::ostream& out) {
    std::string current;
    for (const auto& entry : entries) {
        const auto* page = profile.page(entry["page"].get<std::string>());
        const auto heading = (page ? page->title + (page->step.empty() ? "" : " · " + page->step)
                                   : entry["page"].get<std::string>()) +
                             target_text(entry["target"]);
        if (heading != current) out << "\n== " << (current = heading) << " ==\n";
        out << "  " << entry["kind"].get<std::string>() << "  "
            << entry["label"].get<std::string>();
        if (entry["sensitive"].get<bool>()) {
            out << "  (敏感信息，不显示)\n";
            continue;
        }
        if (entry.contains("before")) out << "  「" << shown(entry["before"]) << "」";
        if (entry.contains("before") && entry.contains("after")) out << " →";
        if (entry.contains("after")) out << " 「" << shown(entry["after"]) << "」";
        out << "\n";
    }
}

void print_reissue(const json& reissue, std::ostream& out) {
    if (!reissue.empty()) out << "\n需重新出具的附件 / documents to reissue:\n";
    for (const auto& document : reissue) {
        out << "  " << document["label"].get<std::string>() << target_text(document["target"])
            << "  ← ";
        for (std::size_t i = 0; i < document["because"].size(); ++i)
            out << (i ? "、" : "") << document["because"][i].get<std::string>();
        if (document["replaced"].get<bool>()) out << "  [已替换 / replaced]";
        out << "\n";
    }
}

void print_impact(const json& report, std::ostream& out) {
    if (!report["filings"].empty()) out << "\n需要办理变更的页面 / pages to file as a change:\n";
    for (const auto& filing : report["filings"]) {
        out << "  " << scope_text(filing) << ":\n";
        for (const auto& page : filing["pages"]) out << "    " << page_text(page) << "\n";
    }
    print_reissue(report["reissue"], out);
}

void print_approved(const json& report, const portal::Profile& profile, std::ostream& out) {
    out << report["id"].get<std::string>() << ": changes since approval (revision "
        << report["revision"].get<std::int64_t>() << ")\n";
    if (report["filings"].empty()) out << "  no approved filing is recorded (mark-filed)\n";
    for (const auto& filing : report["filings"]) {
        out << "\n# " << scope_text(filing) << ", approved at revision "
            << filing["baseline"]["revision"].get<std::int64_t>();
        if (filing["baseline"].contains("number"))
            out << " (" << filing["baseline"]["number"].get<std::string>() << ")";
        out << "\n";
        if (filing["baselineMissing"].get<bool>()) {
            out << "  the approved revision is not in the history: changes cannot be listed\n";
            continue;
        }
        if (filing["entries"].empty()) {
            out << "  no changes\n";
            continue;
        }
        if (filing["removed"].get<bool>()) out << "  removed from the dossier: 注销 due\n";
        if (filing.contains("since"))
            out << "  changed since " << filing["since"].get<std::string>() << "\n";
        print_entries(filing["entries"], profile, out);
        out << "\n需要办理变更的页面 / pages to file as a change:\n";
        for (const auto& page : filing["pages"]) out << "    " << page_text(page) << "\n";
        print_reissue(filing["reissue"], out);
    }
}

}  // namespace

int cmd_diff(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {});
    for (const auto& flag : parsed.flags)
        if (flag != "--json") {
            io.err << "beian-assist diff: unknown option " << flag << "\n" << kUsage;
            return exit_code::kUnusable;
        }
    if (parsed.positional.empty() || parsed.positional.size() > 3) {
        io.err << kUsage;
        return exit_code::kUnusable;
    }
    std::vector<std::int64_t> revisions;
    for (std::size_t i = 1; i < parsed.positional.size(); ++i) {
        const auto revision = parse_revision(parsed.positional[i]);
        if (!revision) {
            io.err << "beian-assist diff: '" << parsed.positional[i] << "' is not a revision\n";
            return exit_code::kUnusable;
        }
        revisions.push_back(*revision);
    }
    return run_reporting("diff", io, [&] {
        const auto data_dir = storage::default_data_dir();
        const storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto& id = parsed.positional[0];
        const auto report =
            revisions.empty()
                ? filing::approved_changes_report(store, profile, id)
                : filing::revision_diff(
                      store, profile, id, revisions[0],
                      revisions.size() > 1 ? std::optional(revisions[1]) : std::nullopt);
        if (parsed.flag("--json")) {
            io.out << report.dump(2) << "\n";
        } else if (revisions.empty()) {
            print_approved(report, profile, io.out);
        } else {
            io.out << id << ": revision " << report["from"].get<std::int64_t>() << " → "
                   << report["to"].get<std::int64_t>() << "\n";
            if (report["entries"].empty()) io.out << "  no changes\n";
            print_entries(report["entries"], profile, io.out);
            print_impact(report, io.out);
        }
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
