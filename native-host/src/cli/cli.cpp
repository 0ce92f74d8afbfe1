#include "cli/cli.hpp"

#include <array>
#include <ostream>

#include "build_config.hpp"
#include "cli/command.hpp"
#include "host/exit_codes.hpp"

namespace beian::cli {
namespace {

constexpr std::array<Command, 19> kCommands{{
    {"validate", "validate FILE [--json] [--lang zh|en]",
     "check a dossier: schema, formats, lengths, consistency (exit 0 valid, 1 errors, 2 unusable)",
     cmd_validate},
    {"plan",
     "plan PAGE FILE [--algorithm ID] [--product ID] [--access-path ID] [--function ID] [--json] "
     "[--reveal]",
     "show what would go into each field of one portal page", cmd_plan},
    {"new", "new [--id ID]", "print an empty dossier to fill in", cmd_new},
    {"serve-stdio", "serve-stdio",
     "speak native messaging on stdin/stdout without a browser (for debugging)", cmd_serve_stdio},
    {"rehearse",
     "rehearse [--port N] [--variant element-ui|element-plus|plain|ant-design-vue] [--layout SEED]",
     "serve the rehearsal portal (a practice replica of the CAC pages) on 127.0.0.1", cmd_rehearse},
    {"due", "due first-filing|change|deregistration YYYY-MM-DD [--no-makeup-days] [--json]",
     "the last day of a filing deadline in working days (备案 10, 变更 10, 注销 20)", cmd_due},
    {"history", "history ID [--limit N] [--before REV] [--show REV] [--json]",
     "the revisions of a stored dossier (who, when, why) and the filing marks on them",
     cmd_history},
    {"restore", "restore ID REV [--base CURRENT_REV] [--reason TEXT]",
     "save an old revision's content as a new revision (the filing record stays)", cmd_restore},
    {"diff", "diff ID [FROM [TO]] [--json]",
     "field-level changes by portal page, the pages a 变更 needs and the documents to reissue; "
     "without revisions: each filing since its approval",
     cmd_diff},
    {"mark-filed",
     "mark-filed ID submitted|approved|returned|deregistered [--algorithm ID] [--revision REV] "
     "[--number 网信算备…号] [--date YYYY-MM-DD] [--comment /POINTER=TEXT]...",
     "record a filing event on the portal for the entity or an algorithm", cmd_mark_filed},
    {"status", "status [ID...] [--json]",
     "every company's filings: state, open changes, next due date (soonest first)", cmd_status},
    {"reply-list", "reply-list ID [--algorithm ID] [--returned REV] [--resubmitted REV] [--json]",
     "the reply to a 退回: what was changed for each reviewer comment", cmd_reply_list},
    {"docs", "docs ID [--algorithm ALG] [--out DIR] [--json]",
     ".docx drafts of 承诺书, 落实主体责任, 自评估报告 and 拟公示内容 with the dossier's facts, "
     "recorded in their upload fields",
     launch_docs},
    {"checklist", "checklist ID [--json]",
     "every material of the filing with its state and what to do next (exit 1: some left)",
     launch_checklist},
    {"export", "export ID [--output FILE] [--history none|baselines|all]",
     "the dossier as one bundle file, with its attachments' hashes", cmd_export},
    {"import", "import FILE [--id ID]", "create a dossier from a bundle (an id in use is refused)",
     cmd_import},
    {"install",
     "install [--user|--system] [--browser chrome,chromium,edge,brave,firefox|all] [--dry-run] "
     "[--json]",
     "register this binary with the browsers (native-messaging manifests; see INSTALL.md)",
     cmd_install},
    {"uninstall",
     "uninstall [--user|--system] [--browser chrome,chromium,edge,brave,firefox|all] [--dry-run] "
     "[--json]",
     "remove what install wrote", cmd_uninstall},
    {"doctor", "doctor [--json]",
     "check every manifest, policy and a real hello; print the fix for each problem (exit 0 ok, "
     "1 problems)",
     cmd_doctor},
}};

void print_help(std::ostream& out) {
    out << "beian-assist " << build::kVersion
        << " — 算法备案助手: keeps your algorithm-filing dossier and helps fill the CAC portal.\n\n"
           "Usage: beian-assist COMMAND [ARGS]\n\nCommands:\n";
    for (const auto& command : kCommands)
        out << "  " << command.usage << "\n      " << command.summary << "\n";
    out << "  version\n      print the version\n\n"
           "Started by a browser (with an extension origin as argument) it speaks native "
           "messaging; see PROTOCOL.md.\n"
           "Dossiers live in $BEIAN_ASSIST_HOME or the platform's user data directory.\n";
}

}  // namespace

int run(const std::vector<std::string>& args, CommandIo& io) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_help(args.empty() ? io.err : io.out);
        return args.empty() ? exit_code::kUnusable : exit_code::kOk;
    }
    if (args[0] == "version" || args[0] == "--version") {
        io.out << "beian-assist " << build::kVersion << "\n";
        return exit_code::kOk;
    }
    for (const auto& command : kCommands) {
        if (command.name != args[0]) continue;
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            io.out << "Usage: beian-assist " << command.usage << "\n  " << command.summary << "\n";
            return exit_code::kOk;
        }
        return command.run(rest, io);
    }
    io.err << "beian-assist: unknown command '" << args[0] << "' (try --help)\n";
    return exit_code::kUnusable;
}

}  // namespace beian::cli
