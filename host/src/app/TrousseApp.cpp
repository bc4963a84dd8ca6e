#include "app/TrousseApp.hpp"

#include "app/ErrorReport.hpp"
#include "common/Errors.hpp"
#include "core/EstablishmentConfig.hpp"
#include "core/InstallLayout.hpp"

#include <Poco/Path.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <cstdlib>
#include <iostream>

namespace trousse {

using Poco::Util::Option;
using Poco::Util::OptionSet;

TrousseApp::TrousseApp() { setUnixOptions(true); }

void TrousseApp::defineOptions(OptionSet& options) {
  Application::defineOptions(options);
  options.addOption(Option("help", "h", "affiche cette aide").required(false).repeatable(false));
  options.addOption(Option("version", "", "affiche la version").required(false).repeatable(false));
  options.addOption(Option("plugin-dir", "", "ajoute un dossier de greffons (répétable)")
                        .required(false)
                        .repeatable(true)
                        .argument("DOSSIER"));
  options.addOption(Option("config", "", "fichier de configuration (identité de l'établissement)")
                        .required(false)
                        .repeatable(false)
                        .argument("FICHIER"));
  options.addOption(Option("data", "", "données JSON du document (« - » : entrée standard)")
                        .required(false)
                        .repeatable(false)
                        .argument("FICHIER"));
  options.addOption(Option("out", "o", "fichier PDF à écrire")
                        .required(false)
                        .repeatable(false)
                        .argument("FICHIER"));
  options.addOption(Option("html", "", "écrit aussi l'aperçu HTML dans ce fichier")
                        .required(false)
                        .repeatable(false)
                        .argument("FICHIER"));
  options.addOption(Option("example", "", "avec « fields » : données d'exemple en JSON")
                        .required(false)
                        .repeatable(false));
  // trousse batch
  auto valued = [&](const char* name, const char* help, const char* argument) {
    options.addOption(Option(name, "", help).required(false).repeatable(false).argument(argument));
  };
  auto flag = [&](const char* name, const char* help) {
    options.addOption(Option(name, "", help).required(false).repeatable(false));
  };
  valued("csv", "fichier CSV exporté (publipostage)", "FICHIER");
  valued("participants", "render : liste des inscrits (CSV) d'un atelier", "FICHIER");
  valued("mot-de-passe-fichier",
         "render : chiffre les PDF (AES-256) avec le mot de passe lu dans ce fichier", "FICHIER");
  valued("map", "correspondance colonnes → champs (JSON)", "FICHIER");
  valued("out-dir", "un PDF par lettre dans ce dossier", "DOSSIER");
  valued("zip", "un PDF par lettre, réunis dans cette archive ZIP", "FICHIER");
  valued("report", "écrit les problèmes en CSV dans ce fichier", "FICHIER");
  valued("encoding", "codage du CSV : utf-8 ou windows-1252 (défaut : détecté)", "CODAGE");
  valued("noms", "modèle des noms de fichiers (défaut : {eleve.nom}-{eleve.prenom})", "MODÈLE");
  flag("check", "vérifie la correspondance et les lignes sans rien produire");
  flag("strict", "ne produit rien s'il y a un problème ou un avertissement");
  flag("duplex", "impression recto verso : chaque lettre commence sur un recto");
  // trousse catalog
  valued("pilier", "catalogue : pilier pHARe (1 à 8, ou son intitulé)", "PILIER");
  valued("niveau", "catalogue : maternelle, élémentaire, collège ou lycée", "NIVEAU");
  valued("public", "catalogue : élèves, enseignants, équipe ressource, parents…", "PUBLIC");
  valued("duree-max", "catalogue : durée maximale en minutes", "MINUTES");
  valued("statut", "catalogue : brouillon, relu ou publié (défaut : publié)", "STATUT");
  flag("tous", "catalogue : montre aussi les brouillons et les pratiques relues");
}

void TrousseApp::handleOption(const std::string& name, const std::string& value) {
  Application::handleOption(name, value);
  if (name == "help") {
    options_.help = true;
    stopOptionsProcessing();
  } else if (name == "version") {
    options_.version = true;
  } else if (name == "plugin-dir") {
    options_.pluginDirs.emplace_back(value);
  } else if (name == "config") {
    options_.configFile = value;
  } else if (name == "data") {
    options_.data = value;
  } else if (name == "out") {
    options_.out = value;
  } else if (name == "html") {
    options_.html = value;
  } else if (name == "example") {
    options_.example = true;
  } else if (name == "participants") {
    options_.participants = value;
  } else if (name == "mot-de-passe-fichier") {
    options_.passwordFile = value;
  } else if (name == "csv") {
    options_.csv = value;
  } else if (name == "map") {
    options_.map = value;
  } else if (name == "out-dir") {
    options_.outDir = value;
  } else if (name == "zip") {
    options_.zip = value;
  } else if (name == "report") {
    options_.report = value;
  } else if (name == "encoding") {
    options_.encoding = value;
  } else if (name == "noms") {
    options_.names = value;
  } else if (name == "check") {
    options_.check = true;
  } else if (name == "strict") {
    options_.strict = true;
  } else if (name == "duplex") {
    options_.duplex = true;
  } else if (name == "pilier") {
    options_.pillar = value;
  } else if (name == "niveau") {
    options_.level = value;
  } else if (name == "public") {
    options_.audience = value;
  } else if (name == "duree-max") {
    options_.maxDuration = value;
  } else if (name == "statut") {
    options_.status = value;
  } else if (name == "tous") {
    options_.all = true;
  }
}

void TrousseApp::initialize(Application& self) {
  // Poco's run() turns exceptions from initialize() into an English log line and exit code 78:
  // keep the error and report it from main(), like any other.
  try {
    loadConfigurationLayers();
  } catch (...) {
    initializationError_ = std::current_exception();
  }
  Application::initialize(self);
}

void TrousseApp::loadConfigurationLayers() {
  const InstallLayout layout = InstallLayout::ofRunningProgram();
  config().setString("trousse.prefix", layout.prefix().string());
  // Layers, lowest first: the installed defaults, the user's own file, then --config.
  auto loadLayer = [&](const std::filesystem::path& file, int priority) {
    std::error_code error;
    if (std::filesystem::is_regular_file(file, error)) loadConfiguration(file.string(), priority);
  };
  loadLayer(layout.defaultConfig(), 10);
  if (const char* home = std::getenv("HOME")) {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    std::filesystem::path base =
        xdg && *xdg ? std::filesystem::path(xdg) : std::filesystem::path(home) / ".config";
    loadLayer(base / "trousse" / "trousse.properties", 5);
  }
  if (options_.configFile) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(*options_.configFile, error)) {
      throw IoError("fichier de configuration introuvable : " + *options_.configFile);
    }
    try {
      loadConfiguration(*options_.configFile, 0);
    } catch (const Poco::Exception& e) {
      throw IoError("fichier de configuration illisible : " + *options_.configFile + " (" +
                    e.displayText() + ")");
    }
  }

  std::vector<std::filesystem::path> pluginDirs{layout.pluginDir()};
  pluginDirs.insert(pluginDirs.end(), options_.pluginDirs.begin(), options_.pluginDirs.end());
  addSubsystem(new PluginSubsystem(std::move(pluginDirs)));  // Poco takes ownership
  addSubsystem(new RenderSubsystem());  // after the plugins: stopped before them
}

const PluginRegistry& TrousseApp::registry() const {
  return getSubsystem<PluginSubsystem>().registry();
}

const RenderService& TrousseApp::service() { return getSubsystem<RenderSubsystem>().service(); }

const catalog::ReviewedCatalog& TrousseApp::practiceCatalog() {
  service();  // the catalog is the service's
  return getSubsystem<RenderSubsystem>().practices();
}

std::optional<std::filesystem::path> TrousseApp::catalogLocalFolder() const {
  const std::string folder = config().getString("catalogue.dossier_local", "");
  if (folder.empty()) return std::nullopt;
  return std::filesystem::path(folder);
}

const KindEntry& TrousseApp::kindNamed(const std::string& fullName) {
  const KindEntry* entry = service().kinds().find(fullName);
  if (entry == nullptr) {
    throw UsageError("type de document inconnu : « " + fullName +
                     " » (la commande « trousse kinds » les liste)");
  }
  return *entry;
}

RenderScope TrousseApp::scope() {
  return service().scope(readEstablishment(config()), TemplateExpander::todayLocal());
}

void TrousseApp::printHelp() const {
  std::cout << R"(Usage : trousse COMMANDE [OPTIONS]

Trousse produit des documents PDF (courriers aux familles, protocoles, kits d'atelier)
à partir de modèles Markdown et de vos données.

Commandes :
  plugins                       liste les greffons trouvés, chargés ou refusés (et pourquoi)
  kinds                         liste les types de documents disponibles
  fields TYPE [--example]       décrit les champs d'un type ; --example : données d'exemple JSON
  render TYPE --data F.json --out F.pdf [--html F.html]
                                produit le document (--data - : lit l'entrée standard)
      [--out-dir DOSSIER | --zip F.zip]
                                un PDF par document (kits : programme, émargement…)
      [--duplex]                avec --out : chaque document commence sur un recto
      [--participants F.csv]    la liste des inscrits d'un atelier (nom, prénom, fonction, école)
      [--mot-de-passe-fichier F]
                                chiffre chaque PDF (AES-256) ; le mot de passe est la première
                                ligne du fichier F, jamais la ligne de commande
      [--strict]                ne produit rien s'il y a un avertissement (adresse trop
                                longue pour La Poste, rendez-vous un dimanche…)
  markdown F.md --out F.pdf [--html F.html]
                                met en page un document Markdown quelconque
  batch TYPE --csv F.csv (--out F.pdf | --out-dir DOSSIER | --zip F.zip)
                                publipostage : une lettre par ligne du CSV
      [--map F.json]            correspondance colonnes → champs (défaut : en-têtes reconnus)
      [--data F.json]           valeurs communes à toutes les lettres (date, lieu…)
      [--check]                 montre la correspondance et les problèmes, sans rien produire
      [--report F.csv]          écrit la liste des problèmes en CSV
      [--strict]                ne produit rien si une ligne pose problème ou avertit
      [--encoding CODAGE]       utf-8 ou windows-1252 (défaut : détecté)
      [--noms MODÈLE]           noms des fichiers, défaut : {eleve.nom}-{eleve.prenom}
      [--duplex]                recto verso : chaque lettre commence sur un recto
  catalog list [filtres]        liste les pratiques publiées du catalogue
  catalog search "TEXTE" [filtres]
                                cherche dans le catalogue (accents et majuscules ignorés)
  catalog show ID               affiche une pratique
  catalog export --out F.pdf [filtres]
                                le livret « Référentiel de pratiques »
  catalog check                 vérifie tout le catalogue (schéma, liens, sources, orthographe)
  catalog new ID [--out-dir D]  écrit le squelette d'une nouvelle pratique
      filtres : --pilier N, --niveau NIVEAU, --public PUBLIC, --duree-max MINUTES,
                --statut STATUT, --tous (brouillons et pratiques relues compris)

Options communes :
  --plugin-dir DOSSIER          ajoute un dossier de greffons (répétable)
  --config FICHIER              configuration : identité de l'établissement (etablissement.nom,
                                etablissement.adresse, etablissement.telephone, etablissement.ville,
                                etablissement.signataire.nom, etablissement.signataire.qualite…)
  -h, --help                    affiche cette aide
  --version                     affiche la version

Codes de sortie :
  0   succès
  3   publipostage partiel : des lignes n'ont pas été produites (voir le rapport)
  64  commande mal formée (option ou argument manquant, type inconnu)
  65  données invalides (JSON mal formé, champ manquant ou incorrect, UTF-8 invalide ;
      publipostage dont aucune ligne n'est utilisable)
  66  erreur dans un modèle (front matter, syntaxe Mustache, variable non déclarée)
  67  échec d'un greffon
  69  catalogue de pratiques introuvable ou illisible
  70  erreur interne inattendue
  74  erreur d'entrée-sortie (fichier introuvable, dossier de sortie absent, écriture impossible)
)";
}

int TrousseApp::main(const std::vector<std::string>& args) {
  if (options_.help) {
    printHelp();
    return EXIT_OK;
  }
  if (options_.version) {
    std::cout << "trousse " << TROUSSE_VERSION << "\n";
    return EXIT_OK;
  }
  // Poco's run() would log exceptions in English: report them here, in French, with our codes.
  try {
    if (initializationError_) std::rethrow_exception(initializationError_);
    return dispatch(args);
  } catch (...) {
    return reportCurrentException();
  }
}

int TrousseApp::dispatch(const std::vector<std::string>& args) {
  if (args.empty()) {
    printHelp();
    return static_cast<int>(ErrorKind::Usage);
  }
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (options_.passwordFile && command != "render") {
    // Never let a user believe a file is encrypted when it is not.
    throw UsageError("--mot-de-passe-fichier ne va qu'avec la commande render");
  }
  if (command == "plugins") return listPlugins();
  if (command == "kinds") return listKinds();
  if (command == "fields") return showFields(rest);
  if (command == "render") return renderKind(rest);
  if (command == "markdown") return renderMarkdown(rest);
  if (command == "batch") return runBatch(rest);
  if (command == "catalog") return runCatalog(rest);
  if (command == "help") {
    printHelp();
    return EXIT_OK;
  }
  throw UsageError("commande inconnue : « " + command + " » (trousse --help)");
}

}  // namespace trousse
