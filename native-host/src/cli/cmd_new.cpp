#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "schema/schema_validator.hpp"
#include "storage/dossier_store.hpp"

namespace beian::cli {

int cmd_new(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--id"});
    auto skeleton = schema::embedded_json("schemas/examples/skeleton-dossier.json");
    if (auto id = parsed.option("--id")) {
        if (!storage::is_valid_dossier_id(*id)) {
            io.err << "beian-assist: --id must match ^[a-z0-9][a-z0-9-]{0,62}$\n";
            return exit_code::kUnusable;
        }
        skeleton["meta"]["id"] = *id;
    }
    skeleton["meta"]["updatedAt"] = storage::utc_timestamp_now();
    io.out << skeleton.dump(2) << "\n";
    return exit_code::kOk;
}

}  // namespace beian::cli
