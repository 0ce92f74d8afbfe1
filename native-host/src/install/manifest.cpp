#include "install/manifest.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "build_config.hpp"
#include "manifest_template.hpp"

namespace beian::install {
namespace {

// The body of a JSON string literal: dump() quotes and escapes, we keep the
// escaping (a Windows path's backslashes) and drop the quotes.
std::string json_escaped(const std::string& value) {
    const auto quoted = nlohmann::json(value).dump();
    return quoted.substr(1, quoted.size() - 2);
}

}  // namespace

std::string_view allowed_key(Family family) {
    return family == Family::Chromium ? "allowed_origins" : "allowed_extensions";
}

std::string allowed_entry(Family family) {
    return family == Family::Chromium
               ? "chrome-extension://" + std::string(build::kChromiumExtensionId) + "/"
               : std::string(build::kGeckoExtensionId);
}

std::string fill_template(std::string_view template_text,
                          const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t pos = 0;
    while (pos < template_text.size()) {
        const auto open = template_text.find('@', pos);
        if (open == std::string_view::npos) break;
        const auto close = template_text.find('@', open + 1);
        if (close == std::string_view::npos) break;
        const std::string key(template_text.substr(open + 1, close - open - 1));
        const auto value = values.find(key);
        if (value == values.end()) throw std::invalid_argument("no value for @" + key + "@");
        out.append(template_text.substr(pos, open - pos));
        out += json_escaped(value->second);
        pos = close + 1;
    }
    out.append(template_text.substr(pos));
    return out;
}

std::string render_manifest(Family family, const std::string& binary_path) {
    const auto text =
        fill_template(generated::kManifestTemplate,
                      {{"BEIAN_HOST_NAME", build::kHostName},
                       {"BEIAN_MANIFEST_DESCRIPTION", std::string(generated::kManifestDescription)},
                       {"BEIAN_MANIFEST_PATH", binary_path},
                       {"BEIAN_MANIFEST_ALLOW_KEY", std::string(allowed_key(family))},
                       {"BEIAN_MANIFEST_ALLOW_VALUE", allowed_entry(family)}});
    if (!nlohmann::json::accept(text))
        throw std::logic_error("the manifest template does not render to JSON");
    return text;
}

}  // namespace beian::install
