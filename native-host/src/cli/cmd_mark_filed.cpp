// `mark-filed ID STATUS`: records what happened on the portal — a revision
// submitted, approved with its 备案编号, returned with the reviewer's comments
// (--comment POINTER=TEXT, repeatable) or deregistered — for the entity or
// one algorithm, as a new revision.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/filing_mark.hpp"
#include "filing/revision_source.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

constexpr const char* kUsage =
    "Usage: beian-assist mark-filed ID submitted|approved|returned|deregistered "
    "[--algorithm ID] [--revision REV] [--number 网信算备…号] [--date YYYY-MM-DD] "
    "[--comment /POINTER=TEXT]... [--note TEXT] [--reason TEXT] [--author NAME]\n";

int usage_error(CommandIo& io, const std::string& why) {
    io.err << "beian-assist mark-filed: " << why << "\n" << kUsage;
    return exit_code::kUnusable;
}

}  // namespace

int cmd_mark_filed(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--algorithm", "--revision", "--number", "--date",
                                               "--comment", "--note", "--reason", "--author"});
    if (parsed.error) return usage_error(io, *parsed.error);
    if (!parsed.flags.empty()) return usage_error(io, "unknown option " + parsed.flags[0]);
    if (parsed.positional.size() != 2) return usage_error(io, "expected ID and STATUS");
    const auto status = filing::parse_mark_status(parsed.positional[1]);
    if (!status) return usage_error(io, "unknown STATUS '" + parsed.positional[1] + "'");

    filing::MarkRequest request;
    request.scope.algorithm = parsed.option("--algorithm").value_or("");
    request.status = *status;
    request.number = parsed.option("--number").value_or("");
    request.note = parsed.option("--note").value_or("");
    if (const auto revision = parsed.option("--revision")) {
        request.revision = parse_revision(*revision);
        if (!request.revision) return usage_error(io, "--revision needs a positive integer");
    }
    if (const auto date = parsed.option("--date")) {
        request.date = CivilDate::parse(*date);
        if (!request.date) return usage_error(io, "--date needs a real YYYY-MM-DD date");
    }
    for (const auto& [name, value] : parsed.options) {
        if (name != "--comment") continue;
        const auto equals = value.find('=');
        if (equals == std::string::npos || value.empty() || value[0] != '/')
            return usage_error(io, "--comment takes /JSON/POINTER=TEXT");
        request.comments.push_back({value.substr(0, equals), value.substr(equals + 1)});
    }

    return run_reporting("mark-filed", io, [&] {
        const auto data_dir = storage::default_data_dir();
        storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto result = filing::mark_filing(
            store, profile, parsed.positional[0], request,
            cli_note(parsed, filing::mark_reason(request.scope, request.status)),
            filing::today_or_pinned());
        io.out << "recorded: " << filing::mark_reason(result.mark.scope, result.mark.status)
               << "，修订 " << result.mark.revision << "，" << result.mark.date << " (revision "
               << result.saved.revision << ")\n";
        for (const auto& warning : result.warnings)
            io.out << "  warning " << warning.code << ": " << warning.zh << "\n";
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
