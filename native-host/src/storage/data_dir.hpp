// Where the user's dossiers live: $BEIAN_ASSIST_HOME if set (tests, portable
// installs), else the platform's per-user data directory.
#pragma once

#include <filesystem>

namespace beian::storage {

// Linux: $XDG_DATA_HOME/beian-assist or ~/.local/share/beian-assist;
// macOS: ~/Library/Application Support/beian-assist; Windows:
// %APPDATA%\beian-assist. Not created here.
std::filesystem::path default_data_dir();

}  // namespace beian::storage
