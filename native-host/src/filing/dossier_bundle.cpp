#include "filing/dossier_bundle.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "filing/filing_record.hpp"
#include "schema/schema_validator.hpp"
#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "util/sha256.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

constexpr std::string_view kMarker = "beian-assist/dossier";
constexpr int kBundleVersion = 1;

constexpr std::array<std::pair<HistoryMode, std::string_view>, 3> kModes{{
    {HistoryMode::None, "none"},
    {HistoryMode::Baselines, "baselines"},
    {HistoryMode::All, "all"},
}};

std::string_view mode_name(HistoryMode mode) {
    for (const auto& [value, name] : kModes)
        if (value == mode) return name;
    return "none";
}

std::string digest_of(const json& dossier, const json& history) {
    return sha256_hex(json{{"dossier", dossier}, {"history", history}}.dump());
}

std::string escape_token(const std::string& key) {
    std::string out;
    for (const char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
}

bool is_attachment(const json& value) {
    return value.is_object() && value.contains("path") && value["path"].is_string() &&
           value.contains("sha256") && value["sha256"].is_string() && value.contains("size") &&
           value["size"].is_number_integer();
}

void collect_attachments(const json& value, const std::string& pointer, json& out) {
    if (is_attachment(value)) {
        out.push_back({{"pointer", pointer},
                       {"path", value["path"]},
                       {"sha256", value["sha256"]},
                       {"size", value["size"]}});
        return;
    }
    if (value.is_object())
        for (const auto& [key, member] : value.items())
            collect_attachments(member, pointer + "/" + escape_token(key), out);
    if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i)
            collect_attachments(value[i], pointer + "/" + std::to_string(i), out);
}

std::string file_state(const storage::DossierStore& store, const json& attachment) {
    std::filesystem::path path(attachment["path"].get<std::string>());
    if (path.is_relative()) path = store.directory() / path;
    std::optional<std::string> content;
    try {
        content = storage::read_file(path);
    } catch (const storage::StorageError&) {
        return "missing";  // unreadable here is as good as absent
    }
    if (!content) return "missing";
    return sha256_hex(*content) == attachment["sha256"].get<std::string>() ? "ok" : "different";
}

// A member of the expected type, or fallback: a hand-made bundle must not
// throw a type error from deep inside.
template <typename T>
T member(const json& object, const char* key, T fallback) {
    const auto it = object.find(key);
    if (it == object.end()) return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        return fallback;
    }
}

}  // namespace

std::optional<HistoryMode> parse_history_mode(std::string_view text) {
    for (const auto& [value, name] : kModes)
        if (name == text) return value;
    return std::nullopt;
}

json attachment_records(const json& dossier) {
    json list = json::array();
    collect_attachments(dossier, "", list);
    return list;
}

json attachment_manifest(const storage::DossierStore& store, const json& dossier) {
    json list = attachment_records(dossier);
    for (auto& item : list) item["file"] = file_state(store, item);
    return list;
}

json export_bundle(const storage::DossierStore& store, const std::string& id, HistoryMode mode) {
    const auto dossier = store.load(id);
    const auto history = store.history(id);
    std::set<std::int64_t> wanted;
    if (mode == HistoryMode::All) {
        const auto all = history.revisions();
        wanted.insert(all.begin(), all.end());
    } else if (mode == HistoryMode::Baselines) {
        for (const auto& mark : marks_of(dossier)) wanted.insert(mark.revision);
    }
    wanted.erase(revision_of(dossier));  // the dossier itself travels apart
    json entries = json::array();
    for (const auto revision : wanted)
        if (const auto entry = history.read(revision)) entries.push_back(storage::to_json(*entry));
    return {{"bundle", kMarker},
            {"bundleVersion", kBundleVersion},
            {"exportedAt", storage::utc_timestamp_now()},
            {"id", id},
            {"revision", revision_of(dossier)},
            {"historyMode", mode_name(mode)},
            {"history", entries},
            {"dossier", dossier},
            {"attachments", attachment_manifest(store, dossier)},
            {"digest", digest_of(dossier, entries)}};
}

json import_bundle(storage::DossierStore& store, const json& bundle,
                   const std::optional<std::string>& id) {
    if (!bundle.is_object() || member<std::string>(bundle, "bundle", "") != kMarker)
        throw FilingInputError("not a Beian Assist dossier bundle");
    if (member<int>(bundle, "bundleVersion", 0) != kBundleVersion)
        throw FilingInputError("this host reads bundle version " + std::to_string(kBundleVersion));
    const auto dossier = member<json>(bundle, "dossier", json());
    const auto history = member<json>(bundle, "history", json::array());
    if (!dossier.is_object() || !history.is_array())
        throw FilingInputError("the bundle has no dossier");
    if (member<std::string>(bundle, "digest", "") != digest_of(dossier, history))
        throw FilingInputError("the bundle was damaged or edited after export (digest mismatch)");
    if (const auto errors = schema::dossier_validator().validate(dossier); !errors.empty())
        throw FilingInputError("the bundled dossier does not match its schema at '" +
                               errors.front().pointer + "'");
    const auto name = id.value_or(member<std::string>(bundle, "id", ""));
    if (!storage::is_valid_dossier_id(name))
        throw FilingInputError("a dossier id must match ^[a-z0-9][a-z0-9-]{0,62}$");
    const auto revision = revision_of(dossier);
    if (revision < 1) throw FilingInputError("the bundled dossier has never been saved");

    std::vector<storage::RevisionEntry> entries;
    for (const auto& item : history) {
        auto entry = storage::entry_from_json(item);
        if ((!entries.empty() && entry.revision <= entries.back().revision) ||
            entry.revision > revision)
            throw FilingInputError("the bundled history is out of order");
        entries.push_back(std::move(entry));
    }
    if (entries.empty() || entries.back().revision != revision) {
        const auto saved_at = member<std::string>(dossier.at("meta"), "updatedAt", "");
        entries.push_back({revision, saved_at, {"导入", "", ""}, dossier});
    } else if (entries.back().dossier != dossier) {
        throw FilingInputError("the bundle's newest history entry differs from its dossier");
    }
    store.import_dossier(name, entries);
    return {{"id", name},
            {"revision", revision},
            {"history", entries.size()},
            {"attachments", attachment_manifest(store, dossier)}};
}

}  // namespace beian::filing
