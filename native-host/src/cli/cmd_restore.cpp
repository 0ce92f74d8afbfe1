// `restore ID REV`: a new revision with the content of an old one. Nothing is
// rewritten, so a restore can itself be undone; the filing record stays.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/history_view.hpp"
#include "host/exit_codes.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {

int cmd_restore(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--reason", "--author", "--base"});
    const auto revision =
        parsed.positional.size() == 2 ? parse_revision(parsed.positional[1]) : std::nullopt;
    const auto base = parsed.option("--base") ? parse_revision(*parsed.option("--base"))
                                              : std::optional<std::int64_t>();
    if (parsed.error || !parsed.flags.empty() || !revision || (parsed.option("--base") && !base)) {
        io.err << "Usage: beian-assist restore ID REV [--base CURRENT_REV] [--reason TEXT] "
                  "[--author NAME]\n";
        return exit_code::kUnusable;
    }
    return run_reporting("restore", io, [&] {
        storage::DossierStore store(storage::default_data_dir());
        const auto saved =
            filing::restore_revision(store, parsed.positional[0], *revision, base,
                                     cli_note(parsed, "恢复修订 " + std::to_string(*revision)));
        io.out << "restored revision " << *revision << " as revision " << saved.revision << "\n";
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
