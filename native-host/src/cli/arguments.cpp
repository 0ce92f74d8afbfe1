#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "util/json_text.hpp"

namespace beian::cli {

std::optional<std::string> Arguments::option(std::string_view name) const {
    for (const auto& [key, value] : options)
        if (key == name) return value;
    return std::nullopt;
}

bool Arguments::flag(std::string_view name) const {
    return std::find(flags.begin(), flags.end(), name) != flags.end();
}

Arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<std::string_view>& valued) {
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            parsed.positional.push_back(arg);
            continue;
        }
        const auto eq = arg.find('=');
        const auto name = arg.substr(0, eq);
        if (std::find(valued.begin(), valued.end(), name) == valued.end()) {
            parsed.flags.push_back(arg);
            continue;
        }
        if (eq != std::string::npos) {
            parsed.options.emplace_back(name, arg.substr(eq + 1));
        } else if (i + 1 < args.size()) {
            parsed.options.emplace_back(name, args[++i]);
        } else {
            parsed.error = name + " needs a value";
        }
    }
    return parsed;
}

std::optional<nlohmann::json> read_dossier_file(const std::string& path, CommandIo& io) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        io.err << "beian-assist: cannot read " << path << "\n";
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    auto parsed = parse_json_text(buffer.str());
    if (parsed.ok()) return std::move(parsed.value);
    io.err << "beian-assist: " << path << " is not valid JSON: " << parsed.problem << "\n";
    return std::nullopt;
}

}  // namespace beian::cli
