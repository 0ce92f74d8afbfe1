// A subcommand of the CLI, and small helpers they share.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace beian::cli {

struct Command {
    std::string_view name;
    std::string_view usage;
    std::string_view summary;
    int (*run)(const std::vector<std::string>& args, CommandIo& io);
};

int cmd_validate(const std::vector<std::string>& args, CommandIo& io);
int cmd_new(const std::vector<std::string>& args, CommandIo& io);
int cmd_plan(const std::vector<std::string>& args, CommandIo& io);
int cmd_serve_stdio(const std::vector<std::string>& args, CommandIo& io);
int cmd_rehearse(const std::vector<std::string>& args, CommandIo& io);
int cmd_due(const std::vector<std::string>& args, CommandIo& io);
// Revisions, diffs and the filing record (cli/filing_cli.hpp).
int cmd_history(const std::vector<std::string>& args, CommandIo& io);
int cmd_restore(const std::vector<std::string>& args, CommandIo& io);
int cmd_diff(const std::vector<std::string>& args, CommandIo& io);
int cmd_mark_filed(const std::vector<std::string>& args, CommandIo& io);
int cmd_status(const std::vector<std::string>& args, CommandIo& io);
int cmd_reply_list(const std::vector<std::string>& args, CommandIo& io);
int cmd_export(const std::vector<std::string>& args, CommandIo& io);
int cmd_import(const std::vector<std::string>& args, CommandIo& io);
int cmd_install(const std::vector<std::string>& args, CommandIo& io);
int cmd_uninstall(const std::vector<std::string>& args, CommandIo& io);
int cmd_doctor(const std::vector<std::string>& args, CommandIo& io);
// The filing documents (documents/, checklist/).
// Served by beian-assist-documents (documents_main.cpp); beian-assist's own
// `docs` and `checklist` exec it (cli/documents_launch.cpp).
int cmd_docs(const std::vector<std::string>& args, CommandIo& io);
int cmd_checklist(const std::vector<std::string>& args, CommandIo& io);
int launch_docs(const std::vector<std::string>& args, CommandIo& io);
int launch_checklist(const std::vector<std::string>& args, CommandIo& io);

// Parsed arguments: positionals in order, "--name value" options and flags.
struct Arguments {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;
    std::vector<std::string> flags;
    std::optional<std::string> error;

    std::optional<std::string> option(std::string_view name) const;
    bool flag(std::string_view name) const;
};

// valued: the options that take a value; anything else starting with "--" is
// a flag, and unknown names are the caller's to reject.
Arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<std::string_view>& valued);

// Reads and parses a dossier file; on failure prints why to io.err.
std::optional<nlohmann::json> read_dossier_file(const std::string& path, CommandIo& io);

}  // namespace beian::cli
