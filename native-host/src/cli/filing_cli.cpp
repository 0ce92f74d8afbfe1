#include "cli/filing_cli.hpp"

#include <ostream>

#include "filing/filing_record.hpp"
#include "filing/revision_source.hpp"
#include "host/exit_codes.hpp"
#include "storage/storage_error.hpp"

namespace beian::cli {

std::optional<std::int64_t> parse_revision(const std::string& text) {
    if (text.empty() || text.size() > 15) return std::nullopt;
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value > 0 ? std::optional(value) : std::nullopt;
}

storage::RevisionNote cli_note(const Arguments& parsed, const std::string& default_reason) {
    return {parsed.option("--reason").value_or(default_reason),
            parsed.option("--author").value_or(filing::local_user_name()), "cli"};
}

int run_reporting(const char* command, CommandIo& io, const std::function<int()>& body) {
    try {
        return body();
    } catch (const storage::StorageError& e) {
        io.err << "beian-assist " << command << ": " << e.what() << "\n";
    } catch (const filing::FilingInputError& e) {
        io.err << "beian-assist " << command << ": " << e.what() << "\n";
    }
    return exit_code::kUnusable;
}

std::string shown(const nlohmann::json& value, std::size_t max_chars) {
    std::string text = value.is_string()
                           ? value.get<std::string>()
                           : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    for (auto& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    // Cut at a code point boundary: count lead bytes only.
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++points > max_chars) return text.substr(0, i) + "…";
    }
    return text;
}

}  // namespace beian::cli
