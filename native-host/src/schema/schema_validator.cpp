#include "schema/schema_validator.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "resources/embedded.hpp"
#include "schema/compiled_schema.hpp"
#include "schema/valijson_keywords.hpp"

namespace beian::schema {
namespace {

// valijson names the path as "<root>", "[entity]", "[algorithms]", "[0]" …;
// a JSON Pointer is what the rest of the host speaks.
std::string pointer_from_context(const std::vector<std::string>& context) {
    std::string pointer;
    for (const auto& part : context) {
        if (part == "<root>") continue;
        std::string token = part;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
            token = token.substr(1, token.size() - 2);
        std::string escaped;
        for (char c : token) {
            if (c == '~')
                escaped += "~0";
            else if (c == '/')
                escaped += "~1";
            else
                escaped += c;
        }
        pointer += "/" + escaped;
    }
    return pointer;
}

// valijson reports every enclosing object and array again ("Failed to
// validate item #0 in array."); those restate the real error, so they are
// shown only when nothing more precise was found.
bool is_wrapper(const std::string& description) {
    static constexpr std::string_view kWrappers[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property",
        "Failed to validate against child schema",
        "Failed to validate against any schemas allowed by anyOf",
        "Failed to validate against any child schemas allowed by oneOf",
        "Value type not permitted",
    };
    for (const auto prefix : kWrappers)
        if (description.rfind(prefix, 0) == 0) return true;
    return false;
}

}  // namespace

struct SchemaValidator::Impl {
    // The schema again, for valijson's parse when it is first needed. No
    // copy of the document is kept in between: valijson reads it only while
    // parsing, and copies (freezes) what its constraints need; a copy was a
    // few hundred KiB of the host's peak memory.
    std::function<nlohmann::json()> load;
    // Built on the first document the compiled checks do not call valid (a
    // host that only sees valid ones never builds it): a third of the memory
    // a host used, and most of the time its first validation took.
    std::unique_ptr<valijson::Schema> schema;
    // Kept for the validator's life because valijson caches each "pattern"
    // as a compiled std::regex inside its Validator: a Validator per call
    // recompiled every pattern of the dossier schema on every validation,
    // which was most of the time a page plan took. The mutex makes the
    // shared cache and the first parse safe for the rehearsal server's
    // threads.
    std::mutex mutex;
    valijson::Validator validator{valijson::Validator::kStrongTypes};
    // Asked first, without the mutex: its "valid" is valijson's.
    std::optional<CompiledSchema> compiled;
};

namespace {

std::unique_ptr<valijson::Schema> parse_for_valijson(const nlohmann::json& schema_json) {
    auto schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    // The parser owns its builders.
    parser.addConstraintBuilder(kRe2PatternKeyword, new Re2PatternBuilder);
    parser.addConstraintBuilder(kPropertyNamesKeyword, new PropertyNamesBuilder);
    const auto prepared = prepare_for_valijson(schema_json);  // a copy, renamed
    valijson::adapters::NlohmannJsonAdapter adapter(prepared);
    parser.populateSchema(adapter, *schema);
    return schema;
}

}  // namespace

SchemaValidator::SchemaValidator(const nlohmann::json& schema_json, Engine engine)
    : impl_(std::make_unique<Impl>()) {
    impl_->schema = parse_for_valijson(schema_json);
    if (engine == Engine::compiled_then_valijson) impl_->compiled.emplace(schema_json);
}

SchemaValidator::SchemaValidator(std::function<nlohmann::json()> load)
    : impl_(std::make_unique<Impl>()) {
    impl_->compiled.emplace(load());
    impl_->load = std::move(load);
}

SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;

std::vector<SchemaError> SchemaValidator::validate(const nlohmann::json& document) const {
    if (impl_->compiled && impl_->compiled->check(document) == Verdict::valid) return {};
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    std::vector<SchemaError> errors;
    {
        const std::lock_guard lock(impl_->mutex);
        if (!impl_->schema) impl_->schema = parse_for_valijson(impl_->load());
        if (impl_->validator.validate(*impl_->schema, target, &results)) return errors;
    }
    valijson::ValidationResults::Error error;
    std::vector<SchemaError> wrappers;
    while (results.popError(error)) {
        auto& bucket = is_wrapper(error.description) ? wrappers : errors;
        bucket.push_back({pointer_from_context(error.context), error.description});
    }
    return errors.empty() ? wrappers : errors;
}

nlohmann::json embedded_json(std::string_view path) {
    const auto text = resources::find(path);
    if (!text) throw std::logic_error("resource not embedded: " + std::string(path));
    return nlohmann::json::parse(*text);
}

const SchemaValidator& dossier_validator() {
    static const SchemaValidator validator(
        [] { return embedded_json("schemas/dossier.schema.json"); });
    return validator;
}

namespace {

// Parsed once for the envelope's validator and the params' validators.
const nlohmann::json& request_schema() {
    static const auto schema = embedded_json("schemas/protocol/request.schema.json");
    return schema;
}

}  // namespace

const SchemaValidator& request_validator() {
    static const SchemaValidator validator([] { return request_schema(); });
    return validator;
}

const SchemaValidator& envelope_validator() {
    static const SchemaValidator validator([] {
        auto envelope = request_schema();
        envelope.erase("allOf");
        envelope.erase("definitions");
        return envelope;
    });
    return validator;
}

const SchemaValidator& profile_validator() {
    static const SchemaValidator validator(
        [] { return embedded_json("schemas/portal/profile.schema.json"); });
    return validator;
}

namespace {

// The definitions name refers to, itself included, transitively: a params
// validator copies and parses these, not the whole request schema's.
nlohmann::json definitions_used(const nlohmann::json& definitions, const std::string& name) {
    auto used = nlohmann::json::object();
    std::vector<std::string> pending{name};
    const std::string prefix = "#/definitions/";
    while (!pending.empty()) {
        const auto next = pending.back();
        pending.pop_back();
        if (used.contains(next) || !definitions.contains(next)) continue;
        used[next] = definitions[next];
        std::vector<const nlohmann::json*> nodes{&definitions[next]};
        while (!nodes.empty()) {
            const auto* node = nodes.back();
            nodes.pop_back();
            if (node->is_string() && node->get_ref<const std::string&>().starts_with(prefix))
                pending.push_back(node->get<std::string>().substr(prefix.size()));
            if (node->is_structured())
                for (const auto& child : *node) nodes.push_back(&child);
        }
    }
    return used;
}

}  // namespace

const SchemaValidator* params_validator(std::string_view type) {
    // Built on first use, one type at a time: a host started for a hello
    // needs only hello's, and building all of them was a tenth of its start.
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<SchemaValidator>, std::less<>> built;
    const std::lock_guard lock(mutex);
    if (const auto it = built.find(type); it != built.end()) return it->second.get();
    const auto& definitions = request_schema().at("definitions");
    // Definitions are named with "_" for the type's "."; a type spelt with
    // "_" is no type at all.
    if (type.find('_') != std::string_view::npos) return nullptr;
    std::string name(type);
    std::replace(name.begin(), name.end(), '.', '_');
    if (!definitions.contains(name)) return nullptr;  // not remembered: no growth
    auto validator = std::make_unique<SchemaValidator>([name] {
        const auto& all = request_schema().at("definitions");
        return nlohmann::json{{"definitions", definitions_used(all, name)},
                              {"$ref", "#/definitions/" + name}};
    });
    return built.emplace(std::string(type), std::move(validator)).first->second.get();
}

}  // namespace beian::schema
