// Explanations install and doctor print for sandboxed browsers, in Chinese
// and English: what was done and the exact command for what cannot be.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "install/browsers.hpp"
#include "install/location_table.hpp"

namespace beian::install {

struct Note {
    std::string zh;
    std::string en;
    std::string command;  // a command to run, "" when none
};

// For a Flatpak browser: the host runs inside the sandbox from the copy,
// and sees its own data directory unless overridden.
std::vector<Note> flatpak_notes(const ManifestLocation& location,
                                const std::filesystem::path& data_dir);

// For a browser found as a Snap.
Note snap_note(BrowserId id);

}  // namespace beian::install
