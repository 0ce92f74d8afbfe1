#include "documents/word_file.hpp"

#include <cctype>
#include <string>

#include "util/json_member.hpp"

namespace beian::documents {

bool is_word_file(const nlohmann::json& attachment) {
    if (!attachment.is_object()) return false;
    const auto type = string_member(attachment, "mediaType");
    if (type == kDocxMediaType || type == "application/msword") return true;
    auto name = string_member(attachment, "path");
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name.ends_with(".docx") || name.ends_with(".doc");
}

}  // namespace beian::documents
