#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "rules/check_dossier.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

std::string page_title(const portal::Profile& profile, const std::string& page_id) {
    if (const auto* page = profile.page(page_id))
        return page->title + (page->step.empty() ? "" : " · " + page->step);
    return "其他 / other";
}

// A report a person reads, grouped by portal page in the portal's order.
void print_report(const Findings& findings, const portal::Profile& profile, bool english,
                  std::ostream& out) {
    std::string current_page = "\x01";
    for (const auto& finding : findings) {
        if (finding.page != current_page) {
            current_page = finding.page;
            out << "\n== " << page_title(profile, current_page) << " ==\n";
        }
        const char* mark = finding.accepted                      ? "accepted"
                           : finding.severity == Severity::Error ? "ERROR  "
                                                                 : "warning";
        out << "  " << mark << "  " << finding.code << "  " << finding.path << "\n      "
            << (english ? finding.en : finding.zh) << "\n";
    }
    const auto counts = count(findings);
    out << "\n" << counts.errors << " errors, " << counts.warnings << " warnings";
    if (counts.accepted) out << ", " << counts.accepted << " accepted";
    out << "\n";
}

}  // namespace

int cmd_validate(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--lang"});
    if (parsed.error || parsed.positional.size() != 1) {
        io.err << "Usage: beian-assist validate FILE [--json] [--lang zh|en]\n";
        return exit_code::kUnusable;
    }
    const auto dossier = read_dossier_file(parsed.positional[0], io);
    if (!dossier) return exit_code::kUnusable;
    const auto profile = portal::Profile::load(storage::default_data_dir());
    const auto findings = check_dossier(*dossier, profile, today_utc());
    const auto counts = count(findings);
    if (parsed.flag("--json")) {
        auto list = nlohmann::json::array();
        for (const auto& finding : findings) list.push_back(to_json(finding));
        io.out << nlohmann::json{{"findings", list},
                                 {"summary",
                                  {{"errors", counts.errors},
                                   {"warnings", counts.warnings},
                                   {"accepted", counts.accepted}}}}
                      .dump(2)
               << "\n";
    } else {
        io.out << parsed.positional[0] << ":";
        if (findings.empty())
            io.out << " 没有发现问题 / no findings\n0 errors, 0 warnings\n";
        else
            print_report(findings, profile, parsed.option("--lang") == "en", io.out);
    }
    return counts.errors > 0 ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace beian::cli
