// The rules of the table, one function each (defined in the *_rules.cpp files
// by theme). Listed here so rule_table.cpp and the tests can name them.
#pragma once

#include "rules/rule_context.hpp"

namespace beian::rules {

// schema_rule.cpp
void schema_conformance(const RuleContext&, Findings&);
// field_rules.cpp
void required_fields(const RuleContext&, Findings&);
void field_lengths(const RuleContext&, Findings&);
void field_formats(const RuleContext&, Findings&);
// naming_rules.cpp
void algorithm_name_consistent(const RuleContext&, Findings&);
void entity_facts_match_documents(const RuleContext&, Findings&);
void monthly_active_users_consistent(const RuleContext&, Findings&);
// linkage_rules.cpp
void object_ids_unique(const RuleContext&, Findings&);
void provider_linked_to_function(const RuleContext&, Findings&);
void supporter_describes_technical_service(const RuleContext&, Findings&);
void links_reference_existing_objects(const RuleContext&, Findings&);
void every_function_linked(const RuleContext&, Findings&);
// modality_rules.cpp
void output_formats_match_modalities(const RuleContext&, Findings&);
// date_rules.cpp
void dates_in_order(const RuleContext&, Findings&);
// registry_number_rules.cpp
void registry_numbers_well_formed(const RuleContext&, Findings&);
// document_rules.cpp
void document_facts_match(const RuleContext&, Findings&);
void word_drafts_not_uploaded(const RuleContext&, Findings&);
// guide_rules.cpp (the filing guide's warnings, §8)
void generative_role_for_third_party_model(const RuleContext&, Findings&);
void large_model_filing_notice(const RuleContext&, Findings&);
void one_filing_per_algorithm(const RuleContext&, Findings&);
// template_text_rules.cpp
void template_text(const RuleContext&, Findings&);
void duplicate_passages(const RuleContext&, Findings&);

}  // namespace beian::rules
