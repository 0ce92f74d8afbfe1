#include "resources/embedded.hpp"

namespace beian::resources {

std::optional<std::string_view> find(std::string_view path) {
    for (const auto& file : all_files()) {
        if (file.path == path) return file.content;
    }
    return std::nullopt;
}

}  // namespace beian::resources
