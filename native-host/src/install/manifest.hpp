// The native-messaging manifest, rendered from the one template
// (native-host/packaging/native-messaging-host.json.in) that the packaged
// manifests come from too, so `install` and a .deb write the same bytes.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "install/browsers.hpp"

namespace beian::install {

// "allowed_origins" (Chromium family) or "allowed_extensions" (Firefox).
std::string_view allowed_key(Family family);

// "chrome-extension://<id>/" (exact, trailing slash: Chrome allows no
// wildcards) or the Firefox add-on ID.
std::string allowed_entry(Family family);

// The manifest for a host binary at binary_path (absolute). Throws
// std::logic_error if the template does not render to valid JSON.
std::string render_manifest(Family family, const std::string& binary_path);

// Replaces each @KEY@ of template_text by its value, escaped for a JSON
// string. Throws std::invalid_argument on a placeholder without a value.
std::string fill_template(std::string_view template_text,
                          const std::map<std::string, std::string>& values);

}  // namespace beian::install
