// JSON text from outside the host (a frame, a file a person may have edited),
// parsed so that no input can crash the process. nlohmann's parser is not
// recursive, but copying, comparing, dumping and schema-validating a value are:
// 100000 nested '[' fit in a 1 MiB frame and overflow the stack afterwards. So
// the nesting is bounded before parsing, far above any real dossier or bundle.
// nlohmann also throws out_of_range (not parse_error) for a number such as
// 1e999, and takes a NUL byte for the end of input; both are caught here.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace beian {

// A bundle holds history entries holding dossiers: some 15 levels in all.
inline constexpr std::size_t kMaxJsonDepth = 64;

// The byte offset of the first '[' or '{' nested deeper than max_depth
// (strings skipped), or nullopt.
std::optional<std::size_t> too_deep_at(std::string_view text,
                                       std::size_t max_depth = kMaxJsonDepth);

struct ParsedJson {
    nlohmann::json value;
    std::string problem;    // "" when value holds the document; never quotes the input
    bool too_deep = false;  // refused by the nesting bound, not by the parser
    bool ok() const { return problem.empty(); }
};

ParsedJson parse_json_text(std::string_view text);

}  // namespace beian
