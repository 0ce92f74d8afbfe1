// What the history and filing commands share: the store and profile of the
// data directory, the revision note of a command line, revision arguments and
// one way of reporting a refused operation.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "storage/revision_history.hpp"

namespace beian::cli {

// "12" → 12; anything but a positive integer → nullopt.
std::optional<std::int64_t> parse_revision(const std::string& text);

// --reason and --author when given; the author defaults to the login name.
storage::RevisionNote cli_note(const Arguments& parsed, const std::string& default_reason);

// Runs body; a storage failure or a refused filing input is printed as
// "beian-assist COMMAND: why" and gives exit 2.
int run_reporting(const char* command, CommandIo& io, const std::function<int()>& body);

// A value for a person to read: strings as they are, the rest as JSON, cut
// to max_chars code points.
std::string shown(const nlohmann::json& value, std::size_t max_chars = 60);

}  // namespace beian::cli
