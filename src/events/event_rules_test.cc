// The syntax rules of issue 4 on sentences written for this test: each
// row is coded by the whole pipeline and must give exactly the listed
// (source, target, root) triples.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

struct RuleCase {
  const char* rule;  // what the row checks
  const char* lang;
  const char* text;
  std::vector<std::string> events;  // "SOURCE TARGET ROOT", "-" for none
};

std::string Triple(const Event& e) {
  return (e.source.code.empty() ? "-" : e.source.code) + " " +
         (e.target.code.empty() ? "-" : e.target.code) + " " +
         e.cameo.substr(0, 2);
}

TEST(EventRulesTest, SentencesCodeTheExpectedTriples) {
  const std::vector<RuleCase> cases = {
      {"clause subject of a demand is its target; the demanded act is none",
       "en",
       "Ukraine demanded that Russia release the prisoners.",
       {"UKR RUS 10"}},
      {"a meeting is both sides' act",
       "en",
       "Xi Jinping met Vladimir Putin in Beijing.",
       {"CHNGOV RUSGOV 04", "RUSGOV CHNGOV 04"}},
      {"a participle clause after force only elaborates it",
       "en",
       "Azerbaijani forces shelled Armenian villages, killing 20 soldiers.",
       {"AZEMIL ARM 19"}},
      {"a purpose clause after a protest restates it",
       "fr",
       "Les manifestants ont défilé à Paris pour protester contre le "
       "gouvernement.",
       {"OPP GOV 14"}},
      {"each other: coordinated subjects act on one another",
       "en",
       "Poland and Belarus accused each other of provocations.",
       {"BLR POL 11", "POL BLR 11"}},
      {"a participle after a comma describes the actor before it",
       "fr",
       "Le Mali a expulsé un diplomate français, accusé d'espionnage.",
       {"MLI FRAGOV 16", "MLI FRAGOV 11"}},
      {"a warning is addressed to the subject of its clause",
       "fr",
       "Moscou a averti que les pays occidentaux paieraient le prix.",
       {"RUSGOV WST 13"}},
      {"a noun of warning names its addressee after 'à'",
       "fr",
       "Le Kremlin a lancé un avertissement à la Pologne.",
       {"RUSGOV POL 13"}},
      {"a preposition before a noun that is no actor is skipped",
       "fr",
       "L'Union européenne a lancé un appel au calme au Tchad.",
       {"IGOEUREEC TCD 02"}},
      {"condolences to a people go to its country",
       "fr",
       "Le président allemand a présenté ses condoléances au peuple "
       "marocain.",
       {"DEUGOV MAR 01"}},
      {"an English appeal names its addressee after 'to'",
       "en",
       "Kenya issued an urgent appeal to Ethiopia for restraint.",
       {"KEN ETH 02"}},
      {"a counterpart named by its nationality is that state's government",
       "en",
       "The Greek foreign minister held talks with his Egyptian counterpart "
       "in Athens.",
       {"GRCGOV EGYGOV 04", "EGYGOV GRCGOV 04"}},
      {"a counterpart after 'son' is the other side's, not the subject's own",
       "fr",
       "Le ministre italien de la Défense a rencontré son homologue polonais "
       "à Rome.",
       {"ITAGOV POLGOV 04", "POLGOV ITAGOV 04"}},
      {"a name in apposition to a role is the same party, not a second one",
       "fr",
       "Le chef de la diplomatie grecque a téléphoné au président égyptien, "
       "Abdel Fattah al-Sissi, mardi soir.",
       {"GRCGOV EGYGOV 04", "EGYGOV GRCGOV 04"}},
      {"a gift goes to its recipient, not to an actor inside the thing given",
       "en",
       "Canada supplied army trucks and artillery shells to Ukraine.",
       {"CAN UKR 07"}},
      {"the recipient after 'à', not the artillery of the shells",
       "fr",
       "La Slovaquie a livré des obus d'artillerie à l'armée ukrainienne.",
       {"SVK UKRMIL 07"}},
      {"forces coordinated with those a deployment moves are moved too",
       "fr",
       "La Chine a déployé des navires de guerre et des avions de combat "
       "au large de ses côtes.",
       {"CHN - 15"}},
      {"a retreat's other party is not in an adjunct past the first phrase",
       "en",
       "Ethiopian troops withdrew from two villages near the border under "
       "pressure from Eritrean forces.",
       {"ETHMIL - 08"}},
      {"nor is it in French ('sous la pression des forces ukrainiennes')",
       "fr",
       "Les troupes russes se sont retirées de plusieurs villages sous la "
       "pression des forces ukrainiennes.",
       {"RUSMIL - 08"}},
      {"a clause after ', and' has its own subject: no target for the first",
       "en",
       "Kenyans protested against the tax increase in Nairobi, and police "
       "detained 300 people.",
       {"KEN - 14", "COP - 17"}},
      {"the same after ', et'",
       "fr",
       "Des milliers de Géorgiens ont manifesté contre la loi à Tbilissi, et "
       "la police a interpellé 50 personnes.",
       {"GEO - 14", "COP - 17"}},
      {"a curfew's other party is not in an adjunct past the first phrase",
       "en",
       "The army imposed a curfew in the northern provinces after attacks by "
       "Kurdish rebels.",
       {"MIL - 17"}},
      {"a subordinate clause after 'as' has its own parties",
       "en",
       "Peru's president declared a state of emergency as farmers blocked "
       "the main highways.",
       {"PERGOV - 17", "AGR - 14"}},
      {"country adjectives coordinated before one agent share it",
       "en",
       "Armenian and Azerbaijani soldiers exchanged fire on the border.",
       {"ARMMIL AZEMIL 19", "AZEMIL ARMMIL 19"}},
      {"and after it in French",
       "fr",
       "Les soldats arméniens et azerbaïdjanais ont échangé des tirs à la "
       "frontière.",
       {"ARMMIL AZEMIL 19", "AZEMIL ARMMIL 19"}},
      {"a noun's parties 'between X and Y' act on each other",
       "en",
       "Clashes between Tajikistan and Kyrgyzstan erupted again on Monday.",
       {"TJK KGZ 19", "KGZ TJK 19"}},
      {"and 'entre X et Y' in French",
       "fr",
       "Les combats entre le Tadjikistan et le Kirghizistan ont repris lundi.",
       {"TJK KGZ 19", "KGZ TJK 19"}},
      {"with a source, 'between X and Y' are its targets",
       "en",
       "Qatar hosted talks between Washington and Tehran.",
       {"QAT USAGOV 04", "QAT IRNGOV 04"}},
      {"a noun of a gift names its recipient after 'à'",
       "fr",
       "Les livraisons de chars allemands à l'Ukraine ont repris en janvier.",
       {"DEU UKR 07"}},
      {"a country adjective after a noun phrase trigger owns it",
       "fr",
       "Une frappe de drone turque a visé un convoi près de Kirkouk.",
       {"TUR - 19"}},
      {"the agent of a participle of performing in the subject acts",
       "en",
       "Drones launched by Russia killed three civilians in Kyiv.",
       {"RUS CVL 19"}},
      {"and in French",
       "fr",
       "La coalition dirigée par la France a bombardé des positions "
       "jihadistes au Mali.",
       {"FRA REB 19"}},
      {"a noun of force as subject strikes the verb's object; the verb "
       "restates it",
       "en",
       "An Israeli air strike killed a Hamas commander in Gaza.",
       {"ISR PSEREBHMS 19"}},
      {"and in French, with a verb of effect that is no pattern",
       "fr",
       "Une frappe aérienne turque a tué deux commandants du PKK dans le "
       "nord de l'Irak.",
       {"TUR TURSEPPKK 19"}},
      {"the verb of effect may be inside the noun's pattern",
       "en",
       "Drones launched by Russia hit power stations across Ukraine.",
       {"RUS UKR 19"}},
      {"a participle of performing names the noun's owner",
       "en",
       "The attack carried out by Boko Haram left dozens dead.",
       {"NGAINSBKH - 19"}},
      {"and in French",
       "fr",
       "L'attaque menée par les shebab contre la base a fait dix morts.",
       {"SOMINSSHB - 19"}},
      {"another participle's agent does not own the noun",
       "en",
       "A truce announced by Hamas was rejected by Israel.",
       {"ISR - 12"}},
      {"a protest is addressed to whom its purpose clause demands from",
       "en",
       "Students blocked the main bridge in Belgrade to demand the "
       "resignation of the Serbian government.",
       {"EDU SRBGOV 14"}},
      {"and in French",
       "fr",
       "Des agriculteurs ont bloqué les autoroutes pour exiger la démission "
       "du gouvernement néerlandais.",
       {"AGR NLDGOV 14"}},
      {"forces put on alert with no agent show the posture themselves",
       "en",
       "Polish border guards were placed on high alert.",
       {"POLCOP - 15"}},
      {"and in French",
       "fr",
       "Les troupes biélorusses ont été placées en état d'alerte.",
       {"BLRMIL - 15"}},
      {"the Islamic Republic alone is Iran's regime",
       "en",
       "Saudi Arabia restored diplomatic relations with the Islamic Republic.",
       {"SAU IRNGOV 05"}},
      {"tanks are military equipment",
       "en",
       "Russian tanks shelled Ukrainian villages near the border.",
       {"RUSMIL UKR 19"}},
      {"after a noun of an act undergone, 'de X' is the victim; the "
       "adjective or 'par X' the author",
       "fr",
       "L'invasion russe de l'Ukraine a fait des milliers de morts.",
       {"RUS UKR 19"}},
      {"and with the author after par",
       "fr",
       "Le blocus de Gaza par Israël dure depuis quinze ans.",
       {"ISR PSE 19"}},
      {"armed forces after 'de' shell; they are not shelled",
       "fr",
       "Les bombardements de l'armée russe ont détruit la ville.",
       {"RUSMIL - 19"}},
      {"a condemned act happened: it is coded, and its author is condemned",
       "fr",
       "Le Canada a condamné l'annexion de la Crimée par la Russie.",
       {"CAN RUS 11", "RUS - 19"}},
      {"and in English",
       "en",
       "Canada condemned Russia's invasion of Ukraine.",
       {"CAN RUS 11", "RUS UKR 19"}},
      {"a condemned act with no author: neither its victim nor the "
       "condemner is its source",
       "fr",
       "La Pologne a dénoncé l'invasion de l'Ukraine.",
       {"POL - 11"}},
      {"a victim named by its country adjective",
       "fr",
       "L'Allemagne a dénoncé l'occupation de trois villes moldaves par "
       "l'armée russe.",
       {"DEU RUSMIL 11", "RUSMIL MDA 19"}},
      {"the subject of a passive condemnation is the act condemned",
       "en",
       "The blockade of Gaza by Israel was condemned by Turkey.",
       {"ISR PSE 19", "TUR ISR 11"}},
      {"and in French",
       "fr",
       "L'annexion de la Crimée par la Russie a été condamnée par le Canada.",
       {"RUS - 19", "CAN RUS 11"}},
      {"a condemned act with no author names no target",
       "en",
       "The bombing of a hospital in Mariupol was denounced by France.",
       {"FRA - 11"}},
      {"forces shown around an actor are aimed at it",
       "fr",
       "La Russie a massé des chars autour de l'Ukraine.",
       {"RUS UKR 15"}},
      {"and in English",
       "en",
       "Russia deployed warships around Japan.",
       {"RUS JPN 15"}},
      {"forces 'in X' only stand there",
       "fr",
       "La Russie a déployé des troupes en Biélorussie.",
       {"RUS - 15"}},
      {"French repeats the preposition before each coordinated target",
       "fr",
       "La Chine a critiqué la position de l'Inde et du Japon.",
       {"CHN IND 11", "CHN JPN 11"}},
      {"and after 'à'",
       "fr",
       "Le Maroc a envoyé de l'aide au Liban et à la Syrie.",
       {"MAR LBN 07", "MAR SYR 07"}},
      {"a passive's target is the owner of its subject's noun",
       "fr",
       "Un camion de la Croix-Rouge a été attaqué par des hommes armés.",
       {"UAF NGOIRC 19"}},
      {"or the country its adjective names",
       "fr",
       "Les positions turques ont été bombardées par l'armée syrienne.",
       {"SYRMIL TUR 19"}},
      {"a noun of force as a passive's agent strikes the subject",
       "fr",
       "Un dépôt de l'armée ukrainienne a été détruit par des frappes russes.",
       {"RUS UKRMIL 19"}},
      {"and is no complement of the passive verb",
       "en",
       "Syrian army positions were destroyed by Israeli air strikes.",
       {"ISR SYRMIL 19"}},
      {"the passive verb of injury restates the noun of force",
       "fr",
       "Trois soldats maliens ont été tués par de violents tirs des rebelles.",
       {"REB MLIMIL 19"}},
      {"the noun of a visit names its host after its preposition",
       "fr",
       "La visite d'Emmanuel Macron en Algérie a été reportée.",
       {"FRAGOV DZA 04"}},
      {"and in English",
       "en",
       "Erdogan's visit to Moscow was postponed.",
       {"TURGOV RUSGOV 04"}},
      {"disapproval a verb of provoking has as object aims at its subject",
       "en",
       "Iran's missile tests drew criticism from France.",
       {"IRN - 15", "FRA IRN 11"}},
      {"and in French",
       "fr",
       "Les déclarations de Pékin ont suscité la condamnation du Japon.",
       {"CHNGOV - 01", "JPN CHNGOV 11"}},
      {"force on a place held by an actor strikes its holder",
       "en",
       "Rebels stormed a police station held by Malian soldiers.",
       {"REB MLIMIL 19"}},
      {"and with the place's noun before its modifier, in French",
       "fr",
       "Les rebelles ont attaqué une base militaire tenue par l'armée "
       "malienne.",
       {"REB MLIMIL 19"}},
      {"the place a visitor arrives in is the host",
       "en",
       "The Indian foreign minister arrived in Beijing for a three-day visit.",
       {"INDGOV CHN 04"}},
      {"and in French, where the compound past with être is no passive",
       "fr",
       "Le président turc est arrivé mardi à Berlin pour une visite "
       "officielle.",
       {"TURGOV DEU 04"}},
      {"coordinated verbs of one root are separate acts, each kept",
       "en",
       "Poland recalled its ambassador and expelled three Russian diplomats.",
       {"POL - 16", "POL RUSGOV 16"}},
      {"acts named in an accusation's charge are no events",
       "fr",
       "Le Maroc a accusé l'Algérie d'être derrière les attaques contre ses "
       "soldats.",
       {"MAR DZA 11"}},
      {"and in English, past the charge's own verb",
       "en",
       "Greece accused Turkey of raising tensions with its naval drills.",
       {"GRC TUR 11"}},
      {"an accusation in a participle clause is the main subject's",
       "en",
       "Kenya expelled the Somali ambassador, accusing Mogadishu of "
       "supporting the rebels.",
       {"KEN SOMGOV 16", "KEN SOMGOV 11"}},
      {"a coordinated finite verb ends the charge",
       "en",
       "Moscow accused Warsaw of arming Kyiv and threatened it with "
       "retaliation.",
       {"RUSGOV POLGOV 11", "RUSGOV - 13"}},
      {"the antecedent of an object relative is the verb's object",
       "fr",
       "La Pologne a vivement critiqué la Russie, qu'elle accuse d'armer les "
       "séparatistes.",
       {"POL RUS 11", "POL RUS 11"}},
      {"a participle after a comma describes a coded actor before a name",
       "fr",
       "Le Niger a expulsé l'ONG allemande Helfer, accusée d'espionnage.",
       {"NER DEUNGO 16", "NER DEUNGO 11"}},
  };
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  DocumentAnalysis analysis;
  for (const RuleCase& c : cases) {
    Document doc;
    doc.id = "rules";
    doc.text = c.text;
    doc.language = c.lang;
    doc.published = "2022-10-03";
    (*pipeline)->Process(doc, &analysis);
    std::vector<std::string> got;
    for (const Event& e : analysis.events) got.push_back(Triple(e));
    std::vector<std::string> want = c.events;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want) << c.rule << ": " << c.text;
  }
}

}  // namespace
}  // namespace tocsin
