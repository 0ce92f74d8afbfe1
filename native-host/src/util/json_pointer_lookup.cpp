#include "util/json_pointer_lookup.hpp"

#include <string>

namespace beian {
namespace {

// A reference token with ~1 and ~0 undone; false for a '~' followed by
// anything else (RFC 6901 allows only those two escapes).
bool unescape(std::string_view token, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] != '~') {
            out += token[i];
            continue;
        }
        if (i + 1 == token.size() || (token[i + 1] != '0' && token[i + 1] != '1')) return false;
        out += token[++i] == '0' ? '~' : '/';
    }
    return true;
}

// An array index as RFC 6901 writes it: "0", or digits without a leading zero.
const nlohmann::json* element(const nlohmann::json& array, std::string_view token) {
    if (token.empty() || (token.size() > 1 && token[0] == '0')) return nullptr;
    std::size_t index = 0;
    for (const char c : token) {
        if (c < '0' || c > '9') return nullptr;
        index = index * 10 + static_cast<std::size_t>(c - '0');
        // Without leading zeros an index only grows: stop before it can overflow.
        if (index >= array.size()) return nullptr;
    }
    return &array[index];
}

}  // namespace

const nlohmann::json* find_at_pointer(const nlohmann::json& document, std::string_view pointer) {
    if (pointer.empty()) return &document;
    if (pointer.front() != '/') return nullptr;
    const nlohmann::json* node = &document;
    std::string key;
    for (std::size_t start = 1;;) {
        const auto end = pointer.find('/', start);
        const auto token = pointer.substr(start, end == std::string_view::npos ? end : end - start);
        if (node->is_object()) {
            if (!unescape(token, key)) return nullptr;
            const auto it = node->find(key);
            if (it == node->end()) return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            node = element(*node, token);
            if (!node) return nullptr;
        } else {
            return nullptr;
        }
        if (end == std::string_view::npos) return node;
        start = end + 1;
    }
}

}  // namespace beian
