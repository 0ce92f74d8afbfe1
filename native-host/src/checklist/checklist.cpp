#include "checklist/checklist.hpp"

#include <algorithm>
#include <map>

#include "checklist/materials.hpp"
#include "checklist/next_steps.hpp"
#include "documents/declared_facts.hpp"
#include "documents/docx_package.hpp"
#include "documents/draft_writer.hpp"
#include "documents/fact_text.hpp"
#include "filing/approved_changes.hpp"
#include "portal/page_instances.hpp"
#include "rules/check_dossier.hpp"
#include "rules/placeholder_text.hpp"
#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "util/json_member.hpp"
#include "util/sha256.hpp"

namespace beian::checklist {
using nlohmann::json;

namespace {

// Worst first: the state an item shows when it has several files.
constexpr std::string_view kSeverity[] = {"file-missing", "expired",      "stale",
                                          "draft",        "file-changed", "attached"};

std::size_t rank(const std::string& state) {
    const auto it = std::find(std::begin(kSeverity), std::end(kSeverity), state);
    return static_cast<std::size_t>(it - std::begin(kSeverity));
}

const json& list_at(const json* object, const char* key) {
    static const json empty = json::array();
    if (!object || !object->is_object()) return empty;
    const auto it = object->find(key);
    return it != object->end() && it->is_array() ? *it : empty;
}

struct Context {
    const storage::DossierStore& store;
    const portal::Profile& profile;
    const json& dossier;
    CivilDate today;
    std::map<std::string, std::vector<std::string>> reissue;  // attachment pointer → because
    documents::DeclaredFacts declared;
};

// The approved filings' diffs name documents that repeat a changed field.
std::map<std::string, std::vector<std::string>> reissue_since_approval(
    const storage::DossierStore& store, const portal::Profile& profile, const std::string& id,
    const json& dossier) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& scope : filing::changes_since_approval(store, profile, id, dossier))
        for (const auto& document : scope.impact.reissue)
            if (!document.replaced) out[document.path] = document.because;
    return out;
}

std::optional<CivilDate> certificate_end(const json& dossier) {
    const auto* validity = portal::value_at(dossier, "/entity/certificate/validity");
    if (!validity || !validity->is_object() || validity->value("longTerm", false)) return {};
    const auto to = validity->value("to", json());
    return to.is_string() ? CivilDate::parse(to.get<std::string>()) : std::nullopt;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// The state of one recorded file, written into item when it is the worst yet.
void assess_file(const Context& c, const Material& material, const std::string& pointer,
                 ChecklistItem& item) {
    const auto& attachment = *portal::value_at(c.dossier, pointer);
    ChecklistItem found = item;
    found.pointer = pointer;
    found.path = string_member(attachment, "path");
    std::filesystem::path file(found.path);
    if (file.is_relative()) file = c.store.directory() / file;
    std::optional<std::string> bytes;
    try {
        bytes = storage::read_file(file);
    } catch (const storage::StorageError&) {
    }
    const bool word = documents::is_word_file(attachment);
    std::optional<CivilDate> end = material.certificate ? certificate_end(c.dossier) : std::nullopt;
    if (const auto date = CivilDate::parse(string_member(attachment, "validUntil"))) end = date;
    for (const auto& mismatch : c.declared.mismatches(c.dossier, pointer))
        add_unique(found.because, mismatch.label);
    if (const auto it = c.reissue.find(pointer); it != c.reissue.end())
        for (const auto& label : it->second) add_unique(found.because, label);

    if (!bytes) {
        found.state = "file-missing";
    } else if (end && *end < c.today) {
        found.state = "expired";
        found.expired_on = end->to_string();
    } else if (!found.because.empty()) {
        found.state = "stale";
    } else if (word && material.stamped) {
        found.state = "draft";
        const auto text = documents::docx_text(*bytes);
        found.open = text ? count_placeholders(*text) : 0;
    } else if (sha256_hex(*bytes) != string_member(attachment, "sha256")) {
        found.state = "file-changed";
    } else {
        found.state = "attached";
    }
    if (item.state.empty() || rank(found.state) < rank(item.state)) item = std::move(found);
}

void assess_products(const Context& c, ChecklistItem& item) {
    const auto& products = list_at(&c.dossier, "products");
    bool needs_products = list_at(&c.dossier, "algorithms").empty();
    for (const auto& algorithm : list_at(&c.dossier, "algorithms"))
        if (string_member(algorithm.value("basic", json::object()), "role") != "服务技术支持者")
            needs_products = true;
    item.required = needs_products;
    if (products.empty()) {
        item.state = needs_products ? "missing" : "optional";
        return;
    }
    std::size_t missing = 0;
    for (const auto& finding : check_dossier(c.dossier, c.profile, c.today))
        if (finding.code == "REQUIRED_MISSING" &&
            (finding.page == "product" || finding.page == "access-path" ||
             finding.page == "function"))
            ++missing;
    item.state = missing ? "incomplete" : "recorded";
    item.open = missing;
}

std::string upload_place(const portal::Profile& profile, std::string_view field_id) {
    const auto ref = documents::field_by_id(profile, field_id);
    if (!ref.field) return "";
    return ref.page->title + (ref.page->step.empty() ? "" : " · " + ref.page->step) + " · " +
           ref.field->label;
}

ChecklistItem assess(const Context& c, const Material& material, const std::string& object,
                     const json* algorithm) {
    ChecklistItem item;
    item.material = material.id;
    item.name = {std::string(material.zh), std::string(material.en)};
    item.guide = material.guide;
    if (algorithm) item.algorithm = string_member(*algorithm, "id");
    item.field = material.field;
    item.upload = upload_place(c.profile, material.field);
    item.required = is_required(material, c.dossier, algorithm);
    if (material.field.empty()) {
        assess_products(c, item);
    } else {
        const auto ref = documents::field_by_id(c.profile, material.field);
        const auto field_pointer = object + (ref.field ? ref.field->path : "");
        const auto* value = portal::value_at(c.dossier, field_pointer);
        if (material.kind.empty() && value && value->is_object() && value->contains("path"))
            assess_file(c, material, field_pointer, item);
        static const json kNone = json::array();
        const json& others = value && value->is_array() ? *value : kNone;
        for (std::size_t i = 0; !material.kind.empty() && i < others.size(); ++i)
            if (string_member(others[i], "kind") == material.kind)
                assess_file(c, material, field_pointer + "/" + std::to_string(i), item);
        if (item.state.empty()) item.state = item.required ? "missing" : "optional";
    }
    item.next = next_step(material, item);
    return item;
}

}  // namespace

Checklist build_checklist(const storage::DossierStore& store, const portal::Profile& profile,
                          const std::string& id, CivilDate today) {
    const auto dossier = store.load(id);
    Context c{store,
              profile,
              dossier,
              today,
              reissue_since_approval(store, profile, id, dossier),
              documents::DeclaredFacts(profile)};
    Checklist out{id, dossier["meta"].value("revision", std::int64_t{0}), today, {}};
    for (const auto& material : materials())
        if (material.scope == Scope::Entity)
            out.items.push_back(assess(c, material, "/entity", nullptr));
    const auto& algorithms = list_at(&dossier, "algorithms");
    for (std::size_t i = 0; i < algorithms.size(); ++i)
        for (const auto& material : materials()) {
            if (material.scope != Scope::Algorithm) continue;
            auto item = assess(c, material, "/algorithms/" + std::to_string(i), &algorithms[i]);
            // A material that applies to no model of this algorithm is left out.
            if (item.state == "optional" && material.needed == Needed::ThirdPartyModel) continue;
            out.items.push_back(std::move(item));
        }
    return out;
}

bool is_done(const std::string& state) {
    return state == "attached" || state == "recorded" || state == "optional";
}

json to_json(const Checklist& checklist) {
    json items = json::array();
    std::size_t done = 0;
    for (const auto& item : checklist.items) {
        json entry = {
            {"material", item.material}, {"name", {{"zh", item.name.zh}, {"en", item.name.en}}},
            {"guide", item.guide},       {"scope", item.algorithm.empty() ? "entity" : "algorithm"},
            {"field", item.field},       {"upload", item.upload},
            {"required", item.required}, {"state", item.state},
            {"because", item.because},   {"next", {{"zh", item.next.zh}, {"en", item.next.en}}}};
        if (!item.algorithm.empty()) entry["algorithm"] = item.algorithm;
        if (!item.pointer.empty()) entry["pointer"] = item.pointer;
        if (!item.path.empty()) entry["path"] = item.path;
        if (!item.expired_on.empty()) entry["expiredOn"] = item.expired_on;
        if (item.open) entry["open"] = *item.open;
        done += is_done(item.state) ? 1 : 0;
        items.push_back(std::move(entry));
    }
    return {{"id", checklist.id},
            {"revision", checklist.revision},
            {"today", checklist.today.to_string()},
            {"summary", {{"items", checklist.items.size()}, {"done", done}}},
            {"items", items}};
}

}  // namespace beian::checklist
