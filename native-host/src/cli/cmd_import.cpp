// `import FILE`: a bundle made by `export` (or the panel), under its own id or
// --id; an id in use is refused and nothing is written. Reports which
// attachment files are present here with the same hash.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/dossier_bundle.hpp"
#include "host/exit_codes.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {

int cmd_import(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--id"});
    if (parsed.error || !parsed.flags.empty() || parsed.positional.size() != 1) {
        io.err << "Usage: beian-assist import FILE [--id ID]\n";
        return exit_code::kUnusable;
    }
    const auto bundle = read_dossier_file(parsed.positional[0], io);
    if (!bundle) return exit_code::kUnusable;
    return run_reporting("import", io, [&] {
        storage::DossierStore store(storage::default_data_dir());
        const auto result = filing::import_bundle(store, *bundle, parsed.option("--id"));
        io.out << "imported " << result["id"].get<std::string>() << " at revision "
               << result["revision"].get<std::int64_t>() << " with "
               << result["history"].get<std::size_t>() << " history entr"
               << (result["history"].get<std::size_t>() == 1 ? "y" : "ies") << "\n";
        for (const auto& attachment : result["attachments"])
            if (attachment["file"] != "ok")
                io.out << "  attachment " << attachment["pointer"].get<std::string>() << ": "
                       << attachment["file"].get<std::string>() << " ("
                       << attachment["path"].get<std::string>() << ")\n";
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
