#include "install/install_plan.hpp"

#include <algorithm>

#include "install/detect.hpp"
#include "install/manifest.hpp"
#include "storage/atomic_file.hpp"

namespace beian::install {
namespace fs = std::filesystem;
namespace {

// Unchanged only when both the bytes and the permissions already match, so a
// file someone chmod-ed to 0600 is repaired by the next install.
Change change_for(const fs::path& path, const std::string& content, fs::perms permissions) {
    const auto existing = storage::read_file(path);
    if (!existing) return Change::Create;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    const bool same_permissions = !ec && (status.permissions() & fs::perms::mask) == permissions;
    return *existing == content && same_permissions ? Change::Unchanged : Change::Update;
}

PlannedItem write_item(ItemKind kind, const ManifestLocation& location, fs::path path,
                       std::string content, fs::perms permissions) {
    PlannedItem item;
    item.kind = kind;
    item.change = change_for(path, content, permissions);
    item.location = location;
    item.path = std::move(path);
    item.content = std::move(content);
    item.permissions = permissions;
    return item;
}

std::vector<ManifestLocation> installed_flatpaks(const Environment& env,
                                                 std::span<const BrowserId> browsers) {
    auto locations = flatpak_locations(env, browsers);
    std::erase_if(locations, [&](const ManifestLocation& location) {
        return !flatpak_installed(env, location.flatpak_app);
    });
    return locations;
}

void add_snap_notes(const Environment& env, std::span<const BrowserId> browsers, Plan& plan) {
    for (const auto id : browsers)
        if (detect(env, id).snap) plan.notes.push_back(snap_note(id));
}

}  // namespace

std::size_t Plan::changes() const {
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const auto& item) {
        return item.change != Change::Unchanged;
    }));
}

Selection select_browsers(const Environment& env,
                          const std::optional<std::vector<BrowserId>>& requested) {
    if (requested) return {*requested, *requested};
    Selection selection;
    for (const auto id : all_browsers()) {
        const auto presence = detect(env, id);
        if (presence.native || presence.snap) selection.native.push_back(id);
        if (presence.flatpak) selection.flatpak.push_back(id);
    }
    return selection;
}

Plan plan_install(const Environment& env, Scope scope, const Selection& selection,
                  const fs::path& binary, const fs::path& data_dir) {
    Plan plan;
    for (const auto& location : native_locations(env, scope, selection.native)) {
        if (!location.read_by_browser) continue;
        plan.items.push_back(write_item(ItemKind::Manifest, location, location.manifest_file(),
                                        render_manifest(location.family(), binary.string()),
                                        kManifestPermissions));
    }
    if (scope == Scope::User) {
        for (const auto& location : installed_flatpaks(env, selection.flatpak)) {
            const auto copy = location.binary_copy();
            plan.items.push_back(write_item(ItemKind::BinaryCopy, location, copy,
                                            storage::read_file(binary).value_or(""),
                                            kBinaryPermissions));
            plan.items.push_back(write_item(ItemKind::Manifest, location, location.manifest_file(),
                                            render_manifest(location.family(), copy.string()),
                                            kManifestPermissions));
            for (auto& note : flatpak_notes(location, data_dir)) plan.notes.push_back(note);
        }
        add_snap_notes(env, selection.native, plan);
    }
    return plan;
}

Plan plan_uninstall(const Environment& env, Scope scope, std::span<const BrowserId> browsers) {
    Plan plan;
    auto locations = native_locations(env, scope, browsers);
    if (scope == Scope::User)
        for (auto& location : flatpak_locations(env, browsers)) locations.push_back(location);
    for (const auto& location : locations) {
        std::vector<std::pair<ItemKind, fs::path>> files = {
            {ItemKind::Manifest, location.manifest_file()}};
        if (location.sandbox == Sandbox::Flatpak)
            files.emplace_back(ItemKind::BinaryCopy, location.binary_copy());
        for (const auto& [kind, path] : files) {
            std::error_code ec;
            if (!fs::exists(fs::symlink_status(path, ec))) continue;
            PlannedItem item;
            item.kind = kind;
            item.change = Change::Remove;
            item.location = location;
            item.path = path;
            plan.items.push_back(std::move(item));
        }
    }
    return plan;
}

std::string_view change_name(Change change) {
    switch (change) {
        case Change::Create:
            return "create";
        case Change::Update:
            return "update";
        case Change::Unchanged:
            return "unchanged";
        case Change::Remove:
            return "remove";
    }
    return "unchanged";
}

}  // namespace beian::install
