// What install and uninstall would change, computed before anything is
// touched: --dry-run prints it, apply_plan() carries it out, and a second
// install finds every item unchanged.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "install/browsers.hpp"
#include "install/environment.hpp"
#include "install/location_table.hpp"
#include "install/notes.hpp"

namespace beian::install {

enum class ItemKind { Manifest, BinaryCopy };
enum class Change { Create, Update, Unchanged, Remove };

struct PlannedItem {
    ItemKind kind = ItemKind::Manifest;
    Change change = Change::Unchanged;
    ManifestLocation location;
    std::filesystem::path path;
    std::string content;  // Create/Update: the bytes to write
    std::filesystem::perms permissions = std::filesystem::perms::none;
};

struct Plan {
    std::vector<PlannedItem> items;
    std::vector<Note> notes;

    std::size_t changes() const;
};

// Manifest files are world-readable (a browser may run as another user than
// the one who installed system-wide); the Flatpak copy is executable.
inline constexpr auto kManifestPermissions =
    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
    std::filesystem::perms::group_read | std::filesystem::perms::others_read;
inline constexpr auto kBinaryPermissions =
    kManifestPermissions | std::filesystem::perms::owner_exec | std::filesystem::perms::group_exec |
    std::filesystem::perms::others_exec;

// Which browsers get a manifest outside any sandbox and which inside their
// Flatpak (if installed).
struct Selection {
    std::vector<BrowserId> native;
    std::vector<BrowserId> flatpak;
};

// --browser given: those browsers, natively and as Flatpaks. Otherwise the
// browsers detect() finds, each where it was found (a Snap reads the native
// manifest or explains why it cannot).
Selection select_browsers(const Environment& env,
                          const std::optional<std::vector<BrowserId>>& requested);

// The manifests (and Flatpak copies of binary) at scope; Flatpaks only for
// the user scope. data_dir is named in the Flatpak notes.
Plan plan_install(const Environment& env, Scope scope, const Selection& selection,
                  const std::filesystem::path& binary, const std::filesystem::path& data_dir);

// Every file install would have written for these browsers at scope,
// including the Firefox libdir this system does not read.
Plan plan_uninstall(const Environment& env, Scope scope, std::span<const BrowserId> browsers);

std::string_view change_name(Change change);  // "create", "update", …

}  // namespace beian::install
