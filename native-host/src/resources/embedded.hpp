// Files compiled into the binary at build time (schemas, portal profile,
// sample dossier), looked up by their path in the repository.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace beian::resources {

struct EmbeddedFile {
    std::string_view path;
    std::string_view content;
};

const std::vector<EmbeddedFile>& all_files();

// The file's content, or nullopt when no such file was embedded.
std::optional<std::string_view> find(std::string_view path);

}  // namespace beian::resources
