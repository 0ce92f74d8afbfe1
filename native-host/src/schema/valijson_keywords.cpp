#include "schema/valijson_keywords.hpp"

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/adapters/std_string_adapter.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace beian::schema {
using nlohmann::json;

namespace {

// Keywords whose value is a schema, and those whose value holds schemas (an
// array of them, or an object of them by name).
constexpr const char* kSchemaValued[] = {"additionalItems",
                                         "additionalProperties",
                                         "contains",
                                         "else",
                                         "if",
                                         "items",
                                         "not",
                                         "propertyNames",
                                         "then"};
constexpr const char* kSchemaContainers[] = {"allOf",        "anyOf",       "oneOf",
                                             "properties",   "definitions", "patternProperties",
                                             "dependencies", "items"};

void rename_patterns(json& schema) {
    if (!schema.is_object()) return;
    if (const auto it = schema.find("pattern"); it != schema.end() && it->is_string()) {
        schema[kRe2PatternKeyword] = *it;
        schema.erase("pattern");
    }
    if (const auto it = schema.find("propertyNames"); it != schema.end()) {
        auto names = std::move(*it);
        schema.erase("propertyNames");
        // As text: the builder gets an abstract adapter, and parses it again.
        schema[kPropertyNamesKeyword] = names.dump();
    }
    for (const auto* key : kSchemaValued)
        if (const auto it = schema.find(key); it != schema.end()) rename_patterns(*it);
    for (const std::string key : kSchemaContainers) {
        const auto it = schema.find(key);
        // "items" holds schemas only as an array (a single schema is above).
        if (it == schema.end() || (key == "items" && !it->is_array())) continue;
        if (it->is_array() || it->is_object())
            for (auto& child : *it) rename_patterns(child);
    }
}

class Re2PatternConstraint : public valijson::constraints::PolyConstraint {
  public:
    explicit Re2PatternConstraint(std::shared_ptr<const re2::RE2> regex)
        : regex_(std::move(regex)) {}

    bool validate(const valijson::adapters::Adapter& target,
                  const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override {
        // The dossier schema uses strong types: only strings have a pattern.
        if (!target.isString()) return true;
        if (re2::RE2::PartialMatch(target.getString(), *regex_)) return true;
        // valijson's own wording, so a reply names the failure as before.
        if (results)
            results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
        return false;
    }

  private:
    Constraint* cloneInto(void* memory) const override {
        return new (memory) Re2PatternConstraint(*this);
    }
    std::size_t sizeOf() const override { return sizeof(*this); }

    std::shared_ptr<const re2::RE2> regex_;
};

// Every member name of an object must pass names (a schema of its own).
class PropertyNamesConstraint : public valijson::constraints::PolyConstraint {
  public:
    explicit PropertyNamesConstraint(std::shared_ptr<const valijson::Schema> names)
        : names_(std::move(names)) {}

    bool validate(const valijson::adapters::Adapter& target,
                  const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override {
        if (!target.isObject()) return true;
        bool valid = true;
        target.applyToObject([&](const std::string& name, const valijson::adapters::Adapter&) {
            valijson::Validator validator(valijson::Validator::kStrongTypes);
            valid =
                validator.validate(*names_, valijson::adapters::StdStringAdapter(name), nullptr);
            return valid;
        });
        if (!valid && results)
            results->pushError(context,
                               "Object contains a property name that fails 'propertyNames'.");
        return valid;
    }

  private:
    Constraint* cloneInto(void* memory) const override {
        return new (memory) PropertyNamesConstraint(*this);
    }
    std::size_t sizeOf() const override { return sizeof(*this); }

    std::shared_ptr<const valijson::Schema> names_;
};

}  // namespace

json prepare_for_valijson(json schema) {
    rename_patterns(schema);
    return schema;
}

std::string re2_syntax(const std::string& ecma_pattern) {
    std::string out;
    bool in_class = false;
    for (std::size_t i = 0; i < ecma_pattern.size(); ++i) {
        const char c = ecma_pattern[i];
        if (c == '\\' && i + 1 < ecma_pattern.size()) {
            out += c;
            out += ecma_pattern[++i];
            continue;
        }
        if (in_class) {
            in_class = c != ']';
        } else if (c == '[') {
            in_class = true;
        } else if (c == '.') {
            out += R"([^\n\r\x{2028}\x{2029}])";
            continue;
        }
        out += c;
    }
    return out;
}

std::shared_ptr<const re2::RE2> compile_re2_pattern(const std::string& ecma_pattern) {
    // One RE2 per pattern while any schema holds it: valijson's constraint
    // and the compiled check of the same "pattern" share its program and the
    // automaton it builds as it matches (part of the host's peak memory).
    static std::mutex mutex;
    static std::map<std::string, std::weak_ptr<const re2::RE2>, std::less<>> compiled;
    const std::lock_guard lock(mutex);
    auto& entry = compiled[ecma_pattern];
    if (auto shared = entry.lock()) return shared;
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_shared<const re2::RE2>(re2_syntax(ecma_pattern), options);
    if (!regex->ok()) {
        compiled.erase(ecma_pattern);
        throw std::runtime_error("pattern '" + ecma_pattern +
                                 "' is not supported: " + regex->error());
    }
    entry = regex;
    return regex;
}

valijson::constraints::Constraint* Re2PatternBuilder::make(
    const valijson::adapters::Adapter& value) const {
    return new Re2PatternConstraint(compile_re2_pattern(value.getString()));
}

valijson::constraints::Constraint* PropertyNamesBuilder::make(
    const valijson::adapters::Adapter& value) const {
    auto names = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.addConstraintBuilder(kRe2PatternKeyword, new Re2PatternBuilder);
    const auto schema = prepare_for_valijson(json::parse(value.getString()));
    parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(schema), *names);
    return new PropertyNamesConstraint(std::move(names));
}

}  // namespace beian::schema
