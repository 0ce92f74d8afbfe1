#include "filing/change_impact.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "filing/reissue_table.hpp"
#include "portal/page_instances.hpp"

namespace beian::filing {
using nlohmann::json;

namespace {

const json& list_at(const json& document, const char* key) {
    static const json empty = json::array();
    if (!document.is_object()) return empty;
    const auto it = document.find(key);
    return it != document.end() && it->is_array() ? *it : empty;
}

std::string text_at(const json& object, const char* key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

std::set<std::string> functions_of(const json& document, const std::string& product,
                                   const std::string& access_path) {
    std::set<std::string> out;
    for (const auto& p : list_at(document, "products"))
        if (text_at(p, "id") == product)
            for (const auto& path : list_at(p, "accessPaths"))
                if (text_at(path, "id") == access_path)
                    for (const auto& function : list_at(path, "functions"))
                        out.insert(text_at(function, "id"));
    return out;
}

std::vector<std::string> placeholders(const std::string& object_template) {
    std::vector<std::string> out;
    for (std::size_t open = object_template.find('{'); open != std::string::npos;
         open = object_template.find('{', open + 1)) {
        const auto close = object_template.find('}', open);
        if (close == std::string::npos) break;
        out.push_back(object_template.substr(open + 1, close - open - 1));
    }
    return out;
}

// The page instance an entry belongs to: its target cut to the page's own
// placeholders; 关联产品功能 is filled once per algorithm.
PageRef page_ref(const ChangeEntry& entry, const portal::Profile& profile) {
    PageRef ref{entry.page, {}};
    const auto* page = profile.page(entry.page);
    const auto names = page ? placeholders(page->object) : std::vector<std::string>{};
    for (const auto& name : names)
        if (const auto it = entry.target.find(name); it != entry.target.end())
            ref.target.insert(*it);
    if (names.empty())
        if (const auto it = entry.target.find("algorithm"); it != entry.target.end())
            ref.target.insert(*it);
    return ref;
}

void add_unique(std::vector<PageRef>& list, const PageRef& ref) {
    if (std::find(list.begin(), list.end(), ref) == list.end()) list.push_back(ref);
}

struct FieldAt {
    const portal::ProfilePage* page = nullptr;
    const portal::ProfileField* field = nullptr;
};

FieldAt field_by_id(const portal::Profile& profile, std::string_view id) {
    for (const auto& page : profile.pages())
        for (const auto& field : page.fields)
            if (field.id == id) return {&page, &field};
    return {};
}

// The files a value holds: one attachment or a list of them.
std::set<std::string> hashes_in(const json* value) {
    std::set<std::string> out;
    if (!value) return out;
    if (value->is_object()) out.insert(text_at(*value, "sha256"));
    if (value->is_array())
        for (const auto& element : *value) out.insert(text_at(element, "sha256"));
    return out;
}

class ReissueCollector {
  public:
    ReissueCollector(const json& before, const json& after, const portal::Profile& profile)
        : before_(before), after_(after), profile_(profile) {}

    void rule(const ReissueRule& rule, const ChangeEntry& entry) {
        const auto at = field_by_id(profile_, rule.document);
        if (!at.field) return;
        const auto algorithm = entry.target.find("algorithm");
        for (const auto& instance : portal::expand_page(*at.page, after_)) {
            if (rule.owner == DocumentOwner::SameAlgorithm &&
                (algorithm == entry.target.end() ||
                 instance.target.at("algorithm") != algorithm->second))
                continue;
            add(at, instance, instance.pointer + at.field->path, entry.label);
        }
    }

    // Every uploaded document declaring the fact (Attachment.declared).
    void declared(const DeclaredFact& fact, const ChangeEntry& entry) {
        const auto algorithm = entry.target.find("algorithm");
        for (const auto& page : profile_.pages())
            for (const auto& instance : portal::expand_page(page, after_)) {
                if (fact.same_algorithm &&
                    (algorithm == entry.target.end() || !instance.target.contains("algorithm") ||
                     instance.target.at("algorithm") != algorithm->second))
                    continue;
                for (const auto& field : page.fields) {
                    if (field.control != "upload") continue;
                    const auto pointer = instance.pointer + field.path;
                    const auto* value = portal::value_at(after_, pointer);
                    if (!value) continue;
                    const auto declares = [&](const json& attachment) {
                        return attachment.is_object() && attachment.contains("declared") &&
                               attachment["declared"].contains(std::string(fact.declared));
                    };
                    if (value->is_object() && declares(*value))
                        add({&page, &field}, instance, pointer, entry.label);
                    if (value->is_array())
                        for (std::size_t i = 0; i < value->size(); ++i)
                            if (declares((*value)[i]))
                                add({&page, &field}, instance, pointer + "/" + std::to_string(i),
                                    entry.label);
                }
            }
    }

    std::vector<Reissue> take() { return std::move(out_); }

  private:
    void add(const FieldAt& at, const portal::PageInstance& instance, const std::string& path,
             const std::string& because) {
        auto it = std::find_if(out_.begin(), out_.end(),
                               [&](const Reissue& r) { return r.path == path; });
        if (it == out_.end()) {
            Reissue reissue{{at.page->id, instance.target}, at.field->id, at.field->label, path, {},
                            replaced(at, instance, path)};
            out_.push_back(std::move(reissue));
            it = out_.end() - 1;
        }
        if (std::find(it->because.begin(), it->because.end(), because) == it->because.end())
            it->because.push_back(because);
    }

    // A different file than before is attached: the reissue is already done.
    bool replaced(const FieldAt& at, const portal::PageInstance& instance,
                  const std::string& path) const {
        const auto* now = portal::value_at(after_, path);
        if (!now || !now->is_object()) return false;
        const auto old_instance = portal::find_instance(*at.page, before_, instance.target);
        const auto old = hashes_in(
            old_instance ? portal::value_at(before_, old_instance->pointer + at.field->path)
                         : nullptr);
        return !old.contains(text_at(*now, "sha256"));
    }

    const json& before_;
    const json& after_;
    const portal::Profile& profile_;
    std::vector<Reissue> out_;
};

Scope scope_of_page(const PageRef& ref) {
    const auto it = ref.target.find("algorithm");
    return Scope{it == ref.target.end() ? "" : it->second};
}

}  // namespace

json to_json(const Scope& scope) {
    if (scope.is_entity()) return {{"scope", "entity"}};
    return {{"scope", "algorithm"}, {"algorithm", scope.algorithm}};
}

std::vector<Scope> scopes_of(const ChangeEntry& entry, const json& before, const json& after) {
    if (entry.page == "entity") return {Scope{}};
    if (const auto it = entry.target.find("algorithm"); it != entry.target.end())
        return {Scope{it->second}};
    const auto product = entry.target.find("product");
    if (product == entry.target.end()) return {};
    // Product pages belong to the filings of the algorithms linked to them.
    std::optional<std::set<std::string>> functions;
    if (const auto f = entry.target.find("function"); f != entry.target.end()) {
        functions = std::set<std::string>{f->second};
    } else if (const auto path = entry.target.find("accessPath"); path != entry.target.end()) {
        functions = functions_of(before, product->second, path->second);
        functions->merge(functions_of(after, product->second, path->second));
    }
    std::vector<Scope> out;
    for (const auto* document : {&after, &before})
        for (const auto& link : list_at(*document, "links")) {
            if (text_at(link, "product") != product->second ||
                (functions && !functions->contains(text_at(link, "function"))))
                continue;
            Scope scope{text_at(link, "algorithm")};
            if (std::find(out.begin(), out.end(), scope) == out.end()) out.push_back(scope);
        }
    return out;
}

ChangeEntries entries_for(const Scope& scope, const ChangeEntries& entries, const json& before,
                          const json& after) {
    ChangeEntries out;
    for (const auto& entry : entries) {
        const auto scopes = scopes_of(entry, before, after);
        if (std::find(scopes.begin(), scopes.end(), scope) != scopes.end()) out.push_back(entry);
    }
    return out;
}

ChangeImpact assess(const ChangeEntries& entries, const json& before, const json& after,
                    const portal::Profile& profile) {
    ChangeImpact impact;
    std::map<Scope, ScopeImpact> by_scope;
    ReissueCollector reissue(before, after, profile);
    for (const auto& entry : entries) {
        const auto ref = page_ref(entry, profile);
        add_unique(impact.pages, ref);
        for (const auto& scope : scopes_of(entry, before, after)) {
            auto& filing = by_scope[scope];
            filing.scope = scope;
            add_unique(filing.pages, ref);
            ++filing.entries;
        }
        if (entry.field.empty()) continue;
        for (const auto& rule : reissue_rules())
            if (rule_matches(rule, entry.field)) reissue.rule(rule, entry);
        for (const auto& fact : declared_facts())
            if (fact.field == entry.field) reissue.declared(fact, entry);
    }
    impact.reissue = reissue.take();
    // A document to reissue puts its page into that filing's 变更 as well.
    for (const auto& document : impact.reissue) {
        auto& filing = by_scope[scope_of_page(document.where)];
        filing.scope = scope_of_page(document.where);
        add_unique(filing.pages, document.where);
    }
    // Entity first, then algorithms in the order of the dossier.
    std::vector<Scope> order{Scope{}};
    for (const auto* document : {&after, &before})
        for (const auto& algorithm : list_at(*document, "algorithms"))
            order.push_back(Scope{text_at(algorithm, "id")});
    for (const auto& scope : order) {
        const auto it = by_scope.find(scope);
        if (it == by_scope.end()) continue;
        impact.filings.push_back(std::move(it->second));
        by_scope.erase(it);
    }
    for (auto& [scope, filing] : by_scope) impact.filings.push_back(std::move(filing));
    return impact;
}

json to_json(const PageRef& ref, const portal::Profile& profile) {
    const auto* page = profile.page(ref.page);
    return {{"page", ref.page},
            {"title", page ? page->title : ""},
            {"step", page ? page->step : ""},
            {"target", ref.target}};
}

json to_json(const ChangeImpact& impact, const portal::Profile& profile) {
    json pages = json::array(), filings = json::array(), reissue = json::array();
    for (const auto& ref : impact.pages) pages.push_back(to_json(ref, profile));
    for (const auto& filing : impact.filings) {
        auto item = to_json(filing.scope);
        item["pages"] = json::array();
        for (const auto& ref : filing.pages) item["pages"].push_back(to_json(ref, profile));
        item["entries"] = filing.entries;
        filings.push_back(std::move(item));
    }
    for (const auto& document : impact.reissue) {
        auto item = to_json(document.where, profile);
        item["field"] = document.field;
        item["label"] = document.label;
        item["path"] = document.path;
        item["because"] = document.because;
        item["replaced"] = document.replaced;
        reissue.push_back(std::move(item));
    }
    return {{"pages", pages}, {"filings", filings}, {"reissue", reissue}};
}

}  // namespace beian::filing
