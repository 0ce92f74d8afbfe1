// What a set of changes means for the filings: which portal pages a 变更
// must go through, for the entity or for which algorithm (a product's pages
// belong to the filings of the algorithms linked to it), and which stamped
// documents must be issued again (reissue_table.hpp).
#pragma once

#include <compare>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "filing/dossier_diff.hpp"
#include "portal/profile.hpp"

namespace beian::filing {

// A filing: the entity's (主体信息) or one algorithm's.
struct Scope {
    std::string algorithm;  // "" = the entity
    bool is_entity() const { return algorithm.empty(); }
    friend auto operator<=>(const Scope&, const Scope&) = default;
};

nlohmann::json to_json(const Scope& scope);  // {"scope": "entity"} / {"scope": "algorithm", …}

// One filled instance of a portal page.
struct PageRef {
    std::string page;
    portal::Target target;
    friend bool operator==(const PageRef&, const PageRef&) = default;
};

struct ScopeImpact {
    Scope scope;
    std::vector<PageRef> pages;
    std::size_t entries = 0;  // change entries concerning this filing
};

struct Reissue {
    PageRef where;  // the page the document is uploaded on
    std::string field;
    std::string label;
    std::string path;                  // the attachment in "after"
    std::vector<std::string> because;  // labels of the changed fields
    bool replaced = false;             // a different file is already attached
};

struct ChangeImpact {
    std::vector<PageRef> pages;        // every changed page instance
    std::vector<ScopeImpact> filings;  // entity first, then algorithms in dossier order
    std::vector<Reissue> reissue;
};

// The filings one entry concerns (none for a product no algorithm uses).
std::vector<Scope> scopes_of(const ChangeEntry& entry, const nlohmann::json& before,
                             const nlohmann::json& after);

ChangeImpact assess(const ChangeEntries& entries, const nlohmann::json& before,
                    const nlohmann::json& after, const portal::Profile& profile);

// Entries concerning one filing.
ChangeEntries entries_for(const Scope& scope, const ChangeEntries& entries,
                          const nlohmann::json& before, const nlohmann::json& after);

nlohmann::json to_json(const PageRef& page, const portal::Profile& profile);
nlohmann::json to_json(const ChangeImpact& impact, const portal::Profile& profile);

}  // namespace beian::filing
