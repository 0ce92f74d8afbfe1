// `reply-list ID`: the answer to the latest 退回 of a filing — for each
// reviewer comment, whether and how its field was changed — ready to paste
// into the portal's 修改说明.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/rejection_reply.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {

int cmd_reply_list(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--algorithm", "--returned", "--resubmitted"});
    filing::ReplyRequest request{{parsed.option("--algorithm").value_or("")}, {}, {}};
    bool bad = parsed.error.has_value() || parsed.positional.size() != 1;
    for (const auto& flag : parsed.flags) bad = bad || flag != "--json";
    for (const auto& [name, target] :
         {std::pair<const char*, std::optional<std::int64_t>*>{"--returned", &request.returned},
          std::pair<const char*, std::optional<std::int64_t>*>{"--resubmitted",
                                                               &request.resubmitted}})
        if (const auto value = parsed.option(name)) {
            *target = parse_revision(*value);
            bad = bad || !*target;
        }
    if (bad) {
        io.err << "Usage: beian-assist reply-list ID [--algorithm ID] [--returned REV] "
                  "[--resubmitted REV] [--json]\n";
        return exit_code::kUnusable;
    }
    return run_reporting("reply-list", io, [&] {
        const auto data_dir = storage::default_data_dir();
        const storage::DossierStore store(data_dir);
        const auto profile = portal::Profile::load(data_dir);
        const auto reply = filing::rejection_reply(store, profile, parsed.positional[0], request);
        if (parsed.flag("--json")) {
            io.out << reply.dump(2) << "\n";
            return exit_code::kOk;
        }
        io.out << "退回修订 " << reply["returned"]["revision"].get<std::int64_t>() << "（"
               << reply["returned"]["date"].get<std::string>() << "）→ 修订 "
               << reply["resubmitted"]["revision"].get<std::int64_t>() << "\n";
        for (const auto& line : reply["lines"]) io.out << line.get<std::string>() << "\n";
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
