// What every rule of the table sees: the dossier, the profile, the fields
// found in the dossier, and "today" (fixed by the caller so tests are stable).
#pragma once

#include <nlohmann/json.hpp>

#include "portal/profile.hpp"
#include "rules/field_index.hpp"
#include "rules/finding.hpp"
#include "util/civil_date.hpp"

namespace beian {

struct RuleContext {
    const nlohmann::json& dossier;
    const portal::Profile& profile;
    const FieldIndex& fields;
    CivilDate today;
};

using RuleFunction = void (*)(const RuleContext&, Findings&);

struct Rule {
    std::string_view id;       // the rule's name in documentation and tests
    std::string_view summary;  // one line: what it enforces and why
    RuleFunction run;
};

// Rules in the order they run. One entry per rule; each has its own tests.
const std::vector<Rule>& rule_table();

// Small helpers shared by rules: tolerant reads that never throw on a
// dossier that failed its schema.
const nlohmann::json* child(const nlohmann::json* node, std::string_view key);
std::string text_of(const nlohmann::json* node);
const nlohmann::json& array_of(const nlohmann::json* node);

}  // namespace beian
