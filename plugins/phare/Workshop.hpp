#pragma once

#include "plugins/phare/Schedule.hpp"

#include <trousse/Catalog.hpp>
#include <trousse/Plugin.hpp>

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace trousse::phare {

/// One item of a workshop's programme, with what the catalog says of its practice.
struct WorkshopItem {
  enum class Type { Practice, Free, Break };
  Type type = Type::Free;
  std::string title;
  std::string description;           ///< free items, and breaks' optional title
  std::optional<Practice> practice;  ///< Type::Practice
  int minutes = 0;
};

struct Person {
  std::string name;      ///< nom
  std::string function;  ///< fonction, or qualité for a signatory
};

struct Participant {
  std::string name;  ///< nom
  std::string firstName;
  std::string function;
  std::string school;
};

/// A workshop description (`phare/atelier` data), checked against the catalog, with its
/// clock times. Participants are in French alphabetical order.
struct Workshop {
  std::string title;
  std::string theme;
  std::string date;  ///< YYYY-MM-DD
  std::string place;
  std::string organiser;  ///< circonscription_ou_ecole
  std::vector<Person> trainers;
  std::vector<std::string> audiences;
  Person signatory;
  bool fullDay = false;
  std::vector<WorkshopItem> items;
  Schedule schedule;
  std::optional<int> announcedEnd;
  std::vector<Participant> participants;
};

/// Reads checked `phare/atelier` data. Throws InvalidData with every problem found (item
/// types without their fields, unknown or unpublished practices, items that end after the
/// announced end or after midnight); warns through `context` of a date in the past and of a
/// kit without participants.
Workshop readWorkshop(const Poco::JSON::Object& data, const RenderContext& context);

}  // namespace trousse::phare
