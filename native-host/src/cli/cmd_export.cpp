// `export ID`: the dossier as one bundle file (filing/dossier_bundle.hpp) —
// with the revisions its filing record points at, or --history all|none —
// written owner-only, or to stdout.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/dossier_bundle.hpp"
#include "host/exit_codes.hpp"
#include "storage/atomic_file.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {

int cmd_export(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--output", "--history"});
    const auto mode = filing::parse_history_mode(parsed.option("--history").value_or("baselines"));
    if (parsed.error || !parsed.flags.empty() || parsed.positional.size() != 1 || !mode) {
        io.err << "Usage: beian-assist export ID [--output FILE] [--history none|baselines|all]\n";
        return exit_code::kUnusable;
    }
    return run_reporting("export", io, [&] {
        const storage::DossierStore store(storage::default_data_dir());
        const auto bundle = filing::export_bundle(store, parsed.positional[0], *mode);
        const auto text = bundle.dump(2) + "\n";
        const auto output = parsed.option("--output");
        if (!output) {
            io.out << text;
            return exit_code::kOk;
        }
        // Owner-only, like the dossier itself: it holds ID numbers.
        storage::write_file_atomically(*output, text);
        std::size_t missing = 0;
        for (const auto& attachment : bundle["attachments"]) missing += attachment["file"] != "ok";
        io.out << "exported " << parsed.positional[0] << " at revision "
               << bundle["revision"].get<std::int64_t>() << " with " << bundle["history"].size()
               << " earlier revision(s) and " << bundle["attachments"].size()
               << " attachment hash(es) to " << *output << "\n";
        if (missing)
            io.out << "  " << missing << " attachment file(s) not found or different here\n";
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
