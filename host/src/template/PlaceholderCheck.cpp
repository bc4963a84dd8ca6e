#include "template/PlaceholderCheck.hpp"

#include "template/MustacheTags.hpp"
#include "template/TemplateNames.hpp"

#include <algorithm>

namespace trousse {

/// What names mean inside one section: Mustache looks a name up in the innermost context
/// first, then outwards, so checking walks the same stack.
struct PlaceholderCheck::Scope {
  const std::vector<Field>* fields = nullptr;  ///< null: this context brings no names
  std::string prefix;                          ///< "eleve." inside {{#eleve}}
  bool dotIsValue = false;                     ///< {{.}} means a text value here
  bool isRoot = false;                         ///< helpers live at the root
};

class PlaceholderCheck::Walk {
 public:
  Walk(const PlaceholderCheck& owner, std::vector<std::string>& problems)
      : owner_(owner), problems_(problems) {}

  void run(const MustacheSource& source, std::vector<Scope>& scopes) {
    std::vector<MustacheTag> tags;
    try {
      tags = scanMustacheTags(source.text, source.firstLine);
    } catch (const MustacheSyntaxError& error) {
      report(source, error.line(), std::string("erreur de syntaxe Mustache : ") + error.what());
      return;
    }
    const std::size_t depth = scopes.size();
    for (const MustacheTag& tag : tags) visit(source, tag, scopes);
    scopes.resize(depth);  // the scanner guarantees balanced sections; be safe anyway
  }

 private:
  enum class Meaning { Undeclared, Value, Group, Helper };
  struct Resolution {
    Meaning meaning = Meaning::Undeclared;
    const Field* field = nullptr;
    const Scope* scope = nullptr;
    std::string fullName;
  };

  /// `line` is a line of the source's file.
  void report(const MustacheSource& source, int line, const std::string& message) {
    const std::string text = source.file.string() + ":" + std::to_string(line) + " : " + message;
    if (std::find(problems_.begin(), problems_.end(), text) == problems_.end()) {
      problems_.push_back(text);
    }
  }

  static Resolution resolve(const std::string& name, const std::vector<Scope>& scopes) {
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
      if (scope->fields != nullptr) {
        const std::string full = scope->prefix + name;
        for (const Field& field : *scope->fields) {
          if (field.name == full) return {Meaning::Value, &field, &*scope, full};
        }
        for (const Field& field : *scope->fields) {
          if (field.name.rfind(full + ".", 0) == 0) return {Meaning::Group, nullptr, &*scope, full};
        }
      }
      if (scope->isRoot && template_names::isHelper(name)) {
        return {Meaning::Helper, nullptr, &*scope, name};
      }
    }
    return {};
  }

  static std::string undeclared(const std::string& name) {
    return "la variable « " + name + " » n'est pas déclarée dans les champs du modèle";
  }

  void visit(const MustacheSource& source, const MustacheTag& tag, std::vector<Scope>& scopes) {
    switch (tag.kind) {
      case TagKind::Comment:
        return;
      case TagKind::SectionEnd:
        if (scopes.size() > 1) scopes.pop_back();
        return;
      case TagKind::Partial:
        visitPartial(source, tag, scopes);
        return;
      default:
        break;
    }
    const Scope& top = scopes.back();
    if (tag.name == ".") {
      if (!top.dotIsValue) {
        report(
            source, tag.line,
            "« {{.}} » n'a de sens que dans une section sur une liste de textes ou sur un texte");
      }
      if (tag.kind == TagKind::SectionBegin || tag.kind == TagKind::InvertedBegin) {
        scopes.push_back(Scope{nullptr, "", top.dotIsValue, false});
      }
      return;
    }
    const Resolution found = resolve(tag.name, scopes);
    if (tag.kind == TagKind::Variable || tag.kind == TagKind::Unescaped) {
      visitVariable(source, tag, found);
    } else {
      visitSection(source, tag, found, scopes);
    }
  }

  void visitVariable(const MustacheSource& source, const MustacheTag& tag,
                     const Resolution& found) {
    const std::string& name = tag.name;
    switch (found.meaning) {
      case Meaning::Undeclared:
        report(source, tag.line, undeclared(name));
        break;
      case Meaning::Group:
        report(source, tag.line,
               "« " + name + " » est un groupe de champs, pas une valeur : " +
                   "écrivez par exemple {{" + found.fullName + "." + "…}}");
        break;
      case Meaning::Helper:
        report(source, tag.line,
               "« " + name + " » s'emploie comme section : {{#" + name + "}}…{{/" + name + "}}");
        break;
      case Meaning::Value:
        if (found.field->type == FieldType::List) {
          report(source, tag.line,
                 "« " + name + " » est une liste : parcourez-la avec {{#" + name + "}}…{{/" + name +
                     "}}");
        } else if (found.field->type == FieldType::Bool) {
          report(source, tag.line,
                 "« " + name + " » est un booléen : employez-le comme section {{#" + name +
                     "}}…{{/" + name + "}}");
        }
        break;
    }
  }

  void visitSection(const MustacheSource& source, const MustacheTag& tag, const Resolution& found,
                    std::vector<Scope>& scopes) {
    const Scope transparent{nullptr, "", scopes.back().dotIsValue, false};
    const bool inverted = tag.kind == TagKind::InvertedBegin;
    switch (found.meaning) {
      case Meaning::Undeclared:
        report(source, tag.line, undeclared(tag.name));
        scopes.push_back(transparent);
        return;
      case Meaning::Helper:
        if (inverted) {
          report(source, tag.line,
                 "« " + tag.name + " » est une fonction de mise en forme, " + "pas une condition");
        }
        // A helper renders its content in the current context: no new names.
        scopes.push_back(transparent);
        return;
      case Meaning::Group:
        if (inverted) {
          scopes.push_back(transparent);
        } else {
          scopes.push_back(Scope{found.scope->fields, found.fullName + ".", false, false});
        }
        return;
      case Meaning::Value:
        break;
    }
    const Field& field = *found.field;
    if (inverted) {
      scopes.push_back(transparent);  // rendered only when the value is absent: no new names
    } else if (field.type == FieldType::List && !field.itemFields.empty()) {
      scopes.push_back(Scope{&field.itemFields, "", false, false});
    } else if (field.type == FieldType::Bool) {
      scopes.push_back(Scope{nullptr, "", false, false});
    } else {
      // A list of texts, or a text used as a condition: {{.}} is the value.
      scopes.push_back(Scope{nullptr, "", true, false});
    }
  }

  void visitPartial(const MustacheSource& source, const MustacheTag& tag,
                    std::vector<Scope>& scopes) {
    const auto partial = owner_.partials_.find(tag.name);
    if (partial == owner_.partials_.end()) {
      report(source, tag.line,
             "le fragment « " + tag.name + " » n'est pas déclaré dans « partials » de l'en-tête");
      return;
    }
    if (std::find(including_.begin(), including_.end(), tag.name) != including_.end()) {
      report(source, tag.line, "le fragment « " + tag.name + " » s'inclut lui-même");
      return;
    }
    owner_.partialUsed_[tag.name] = true;
    including_.push_back(tag.name);
    run(partial->second, scopes);
    including_.pop_back();
  }

  const PlaceholderCheck& owner_;
  std::vector<std::string>& problems_;
  std::vector<std::string> including_;  ///< partials being checked, to stop recursion
};

PlaceholderCheck::PlaceholderCheck(const FieldSchema& schema,
                                   std::map<std::string, MustacheSource> partials)
    : rootFields_(schema.fields()), partials_(std::move(partials)) {
  const auto& builtins = template_names::builtinFields();
  rootFields_.insert(rootFields_.end(), builtins.begin(), builtins.end());
}

std::vector<std::string> PlaceholderCheck::check(const MustacheSource& source) const {
  std::vector<std::string> problems;
  std::vector<Scope> scopes{Scope{&rootFields_, "", false, true}};
  Walk(*this, problems).run(source, scopes);
  return problems;
}

std::vector<std::string> PlaceholderCheck::checkUnusedPartials() const {
  std::vector<std::string> problems;
  for (const auto& [name, source] : partials_) {
    if (partialUsed_[name]) continue;
    std::vector<Scope> scopes{Scope{&rootFields_, "", false, true}};
    Walk walk(*this, problems);
    walk.run(source, scopes);
  }
  return problems;
}

}  // namespace trousse
