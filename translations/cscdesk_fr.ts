<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItems</name>
    <message>
        <source>No action item with id %1.</source>
        <translation>Aucun point d&apos;action avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Un point d&apos;action doit avoir un texte.</translation>
    </message>
</context>
<context>
    <name>AppealsPanelProcess</name>
    <message>
        <source>Independent Appeals Panel</source>
        <translation>Comité d&apos;appel indépendant</translation>
    </message>
    <message>
        <source>Binding arbitration on agreed service levels, and what follows its finding.</source>
        <translation>Arbitrage contraignant sur les niveaux de service convenus, et ce qui suit sa décision.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Comité d&apos;appel</translation>
    </message>
    <message>
        <source>Panel under way</source>
        <translation>Procédure d&apos;appel en cours</translation>
    </message>
    <message>
        <source>The panel hears the dispute about agreed service levels.</source>
        <translation>Le comité d&apos;appel examine le différend sur les niveaux de service convenus.</translation>
    </message>
    <message>
        <source>Breach remediable: remedy period</source>
        <translation>Manquement réparable&#xa0;: délai de correction</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>Le comité d&apos;appel a constaté un manquement réparable&#xa0;; l&apos;IFO dispose du délai fixé.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Autres voies de recours</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: further escalation is open.</source>
        <translation>Manquement irréparable, ou correction non effectuée à temps&#xa0;: d&apos;autres voies de recours sont ouvertes.</translation>
    </message>
    <message>
        <source>Finding: no breach</source>
        <translation>Décision&#xa0;: aucun manquement</translation>
    </message>
    <message>
        <source>No breach: resolved, no further action.</source>
        <translation>Aucun manquement&#xa0;: résolu, sans autre suite.</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>The breach was remedied in time.</source>
        <translation>Le manquement a été corrigé à temps.</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>The further escalation is concluded.</source>
        <translation>Le recours supplémentaire est clos.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>Opérateur de registre</translation>
    </message>
    <message>
        <source>The appeal was withdrawn.</source>
        <translation>L&apos;appel a été retiré.</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>Finding: breach capable of remedy</source>
        <translation>Décision&#xa0;: manquement réparable</translation>
    </message>
    <message>
        <source>Finding: breach not capable of remedy</source>
        <translation>Décision&#xa0;: manquement irréparable</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>Appel retiré</translation>
    </message>
    <message>
        <source>Remedy confirmed</source>
        <translation>Correction confirmée</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Correction non effectuée à temps</translation>
    </message>
    <message>
        <source>Conclude the escalation</source>
        <translation>Clore le recours</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Rapport de l&apos;IFO sur la correction</translation>
    </message>
</context>
<context>
    <name>AttendanceRecord</name>
    <message>
        <source>Quorate: %1 of %2 voting members present.</source>
        <translation>Quorum atteint&#xa0;: %1 membres votants présents sur %2.</translation>
    </message>
    <message>
        <source>Decisions can be taken.</source>
        <translation>Des décisions peuvent être prises.</translation>
    </message>
    <message>
        <source>No decisions can be taken: at least %1 voting members must be present.</source>
        <translation>Aucune décision ne peut être prise&#xa0;: au moins %1 membres votants doivent être présents.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present (a quorum needs all of them). Decisions can still be taken, as at least %3 members are present; the minutes record that the meeting was not quorate.</source>
        <translation>Quorum non atteint&#xa0;: %1 membres votants présents sur %2 (le quorum exige la présence de tous). Des décisions peuvent néanmoins être prises, puisqu&apos;au moins %3 membres sont présents&#xa0;; le procès-verbal indique que le quorum n&apos;était pas atteint.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present. No decisions can be taken: at least %3 voting members must be present.</source>
        <translation>Quorum non atteint&#xa0;: %1 membres votants présents sur %2. Aucune décision ne peut être prise&#xa0;: au moins %3 membres votants doivent être présents.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions must be unanimous.</source>
        <translation>Lorsque des sièges du comité sont vacants, les décisions doivent être unanimes.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The audit head of “%1” cannot be noted: %2</source>
        <translation>La tête d&apos;audit de «&#xa0;%1&#xa0;» ne peut pas être consignée&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une tête de chaîne d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>the head noted for “%1” on %2</source>
        <translation>la tête consignée pour «&#xa0;%1&#xa0;» le %2</translation>
    </message>
    <message>
        <source>the chain ends at entry %1, but %2 (“%3”) names entry %4: the last %5 entries were cut off</source>
        <translation>la chaîne s&apos;arrête à l&apos;entrée %1, mais %2 («&#xa0;%3&#xa0;») désigne l&apos;entrée %4&#xa0;: les %5 dernières entrées ont été supprimées</translation>
    </message>
    <message>
        <source> after entry %1 (the newest head that still matches)</source>
        <translation> après l&apos;entrée %1 (la tête la plus récente qui correspond encore)</translation>
    </message>
    <message>
        <source>entry %1 no longer has the hash of %2 (“%3”): the chain was rewritten%4 with recomputed hashes, or the head is another database&apos;s</source>
        <translation>l&apos;entrée %1 n&apos;a plus l&apos;empreinte de %2 («&#xa0;%3&#xa0;»)&#xa0;: la chaîne a été réécrite%4 avec des empreintes recalculées, ou la tête appartient à une autre base de données</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 is missing: entries can be changed or removed without SQLite refusing</source>
        <translation>le déclencheur d&apos;ajout seul %1 sur %2 est absent&#xa0;: des entrées peuvent être modifiées ou supprimées sans que SQLite ne s&apos;y oppose</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 was altered</source>
        <translation>le déclencheur d&apos;ajout seul %1 sur %2 a été modifié</translation>
    </message>
    <message>
        <source>an unexpected trigger %1 acts on %2</source>
        <translation>un déclencheur inattendu %1 agit sur %2</translation>
    </message>
</context>
<context>
    <name>AuditHeadReader</name>
    <message>
        <source>the head given</source>
        <translation>la tête indiquée</translation>
    </message>
    <message>
        <source>“%1” is neither an audit head (“audit COUNT SHA-256”) nor a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une tête d&apos;audit («&#xa0;audit COUNT SHA-256&#xa0;») ni un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the head in “%1”</source>
        <translation>la tête contenue dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” carries no audit head (“audit COUNT SHA-256”).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune tête d&apos;audit («&#xa0;audit COUNT SHA-256&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a review copy that carries an audit head.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une copie de relecture contenant une tête d&apos;audit.</translation>
    </message>
    <message>
        <source>Reading the text of the PDF “%1” needs pdftotext (Debian package poppler-utils); give the head as text instead.</source>
        <translation>La lecture du texte du PDF «&#xa0;%1&#xa0;» nécessite pdftotext (paquet Debian poppler-utils)&#xa0;; indiquez plutôt la tête sous forme de texte.</translation>
    </message>
    <message>
        <source>The text of the PDF “%1” could not be read.</source>
        <translation>Le texte du PDF «&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a document of this committee.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être un document de ce comité.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>entry %1 is missing: entries were removed before entry %2</source>
        <translation>l&apos;entrée %1 manque&#xa0;: des entrées ont été supprimées avant l&apos;entrée %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was inserted or removed</source>
        <translation>l&apos;entrée %1 ne suit pas l&apos;entrée précédente&#xa0;: une entrée a été insérée ou supprimée</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head (expected “audit COUNT SHA-256”).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une tête de chaîne d&apos;audit (format attendu&#xa0;: «&#xa0;audit COUNT SHA-256&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>CaseCategories</name>
    <message>
        <source>Technical checks</source>
        <translation>Contrôles techniques</translation>
    </message>
    <message>
        <source>Root zone change</source>
        <translation>Modification de la zone racine</translation>
    </message>
    <message>
        <source>Contact update</source>
        <translation>Mise à jour des contacts</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>Gestion des tickets</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Delegation of a TLD</source>
        <translation>Délégation d&apos;un TLD</translation>
    </message>
    <message>
        <source>Re-delegation of a TLD</source>
        <translation>Redélégation d&apos;un TLD</translation>
    </message>
    <message>
        <source>Disputes about the delegation or re-delegation of a TLD are excluded from the committee&apos;s escalation processes; such a case cannot be opened. The operator keeps its right to take legal action directly.</source>
        <translation>Les différends relatifs à la délégation ou à la redélégation d&apos;un TLD sont exclus des procédures de recours du comité&#xa0;; un tel dossier ne peut pas être ouvert. L&apos;opérateur conserve son droit d&apos;agir directement en justice.</translation>
    </message>
    <message>
        <source>“%1” is not a case category.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de dossier.</translation>
    </message>
</context>
<context>
    <name>CaseComments</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Reçue avec %1 de retard</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
</context>
<context>
    <name>CaseDetailDocument</name>
    <message>
        <source>Case %1: %2</source>
        <translation>Dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Confidential: for the committee only.</source>
        <translation>Confidentiel&#xa0;: réservé au comité.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Table-top exercise</source>
        <translation>Exercice sur table</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>ouvert à l&apos;étape %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is %2; documents of a case can be at most %3.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les documents d&apos;un dossier ne peuvent dépasser %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read completely.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to store.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;; il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>There is no document #%1, or it is confidential.</source>
        <translation>Il n&apos;existe pas de document n° %1, ou il est confidentiel.</translation>
    </message>
</context>
<context>
    <name>CaseHandOver</name>
    <message>
        <source>“%1” is not a panel finding (no_breach, remediable or not_remediable).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une décision du comité d&apos;appel (no_breach, remediable ou not_remediable).</translation>
    </message>
    <message>
        <source>No breach</source>
        <translation>Aucun manquement</translation>
    </message>
    <message>
        <source>Breach capable of remedy</source>
        <translation>Manquement réparable</translation>
    </message>
    <message>
        <source>Breach not capable of remedy</source>
        <translation>Manquement irréparable</translation>
    </message>
    <message>
        <source>A Problem Management case is opened from a complaint at “%1”; %2 is at “%3”.</source>
        <translation>Un dossier de gestion des problèmes s&apos;ouvre à partir d&apos;une plainte à l&apos;étape «&#xa0;%1&#xa0;»&#xa0;; %2 est à l&apos;étape «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The hand-over cannot predate %1&apos;s step (%2).</source>
        <translation>La transmission ne peut pas être antérieure à l&apos;étape de %1 (%2).</translation>
    </message>
    <message>
        <source>Systemic failure found in complaint %1 (step 6).</source>
        <translation>Défaillance systémique constatée dans la plainte %1 (étape 6).</translation>
    </message>
    <message>
        <source>Systemic failure: %1</source>
        <translation>Défaillance systémique&#xa0;: %1</translation>
    </message>
    <message>
        <source>An Independent Appeals Panel case is opened from the appeal step of a complaint or a Problem Management case; %1 is at “%2”.</source>
        <translation>Un dossier du Comité d&apos;appel indépendant s&apos;ouvre à partir de l&apos;étape d&apos;appel d&apos;une plainte ou d&apos;un dossier de gestion des problèmes&#xa0;; %1 est à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 already has an Independent Appeals Panel case under way.</source>
        <translation>%1 a déjà un dossier en cours devant le Comité d&apos;appel indépendant.</translation>
    </message>
    <message>
        <source>Appeal from %1 (%2).</source>
        <translation>Appel issu de %1 (%2).</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>Appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>A finding is recorded on an Independent Appeals Panel case under way; %1 is not.</source>
        <translation>Une décision s&apos;enregistre sur un dossier en cours devant le Comité d&apos;appel indépendant&#xa0;; ce n&apos;est pas le cas de %1.</translation>
    </message>
    <message>
        <source>A panel finding needs its public text: all findings are published, while the dispute stays confidential.</source>
        <translation>Une décision du comité d&apos;appel doit avoir son texte public&#xa0;: toutes les décisions sont publiées, tandis que le différend reste confidentiel.</translation>
    </message>
    <message>
        <source>A breach capable of remedy needs the days the panel gave the IFO (calendar days).</source>
        <translation>Un manquement réparable exige le nombre de jours accordé à l&apos;IFO par le comité d&apos;appel (jours calendaires).</translation>
    </message>
    <message>
        <source>Panel finding in %1: %2</source>
        <translation>Décision du comité d&apos;appel dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no panel finding yet.</source>
        <translation>%1 n&apos;a pas encore de décision du comité d&apos;appel.</translation>
    </message>
</context>
<context>
    <name>CaseMoves</name>
    <message>
        <source>Registry Stakeholder Group</source>
        <translation>Groupe des représentants des registres (RySG)</translation>
    </message>
    <message>
        <source>ccNSO Council</source>
        <translation>Conseil de la ccNSO</translation>
    </message>
    <message>
        <source>GNSO Council</source>
        <translation>Conseil de la GNSO</translation>
    </message>
    <message>
        <source>%1 is in the archive; restore it before changing it.</source>
        <translation>%1 est archivé&#xa0;; restaurez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying why.</source>
        <translation>«&#xa0;%1&#xa0;» exige une note qui en donne la raison.</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move.</source>
        <translation>«&#xa0;%1&#xa0;» exige le document «&#xa0;%2&#xa0;»&#xa0;: joignez-le au changement d&apos;étape.</translation>
    </message>
    <message>
        <source>The move cannot be dated %1: %2 entered “%3” on %4.</source>
        <translation>Le changement d&apos;étape ne peut pas être daté du %1&#xa0;: %2 est passé à «&#xa0;%3&#xa0;» le %4.</translation>
    </message>
    <message>
        <source>There is no move #%1.</source>
        <translation>Il n&apos;existe pas de changement d&apos;étape n° %1.</translation>
    </message>
    <message>
        <source>Only the latest move of %1 still in effect can be undone.</source>
        <translation>Seul le dernier changement d&apos;étape encore en vigueur de %1 peut être annulé.</translation>
    </message>
    <message>
        <source>Undo of the move to “%1”</source>
        <translation>Annulation du passage à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not in remedial action; there is no escalation to advance.</source>
        <translation>%1 ne fait pas l&apos;objet de mesures correctives&#xa0;; il n&apos;y a pas de recours à faire progresser.</translation>
    </message>
    <message>
        <source>%1 is already at the last escalation level (%2).</source>
        <translation>%1 est déjà au dernier niveau de recours (%2).</translation>
    </message>
    <message>
        <source>Advancing the escalation needs a note saying why.</source>
        <translation>Faire progresser le recours exige une note qui en donne la raison.</translation>
    </message>
    <message>
        <source>Escalated to %1: %2</source>
        <translation>Recours porté au niveau «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move, or record the response. Without a response the move is possible after the due date (%3).</source>
        <translation>«&#xa0;%1&#xa0;» exige le document «&#xa0;%2&#xa0;»&#xa0;: joignez-le au changement d&apos;étape, ou enregistrez la réponse. Sans réponse, le changement d&apos;étape est possible après l&apos;échéance (%3).</translation>
    </message>
    <message>
        <source>“%1” needs the period it runs for, in %2.</source>
        <translation>«&#xa0;%1&#xa0;» exige sa durée, en %2.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case #%1, or it is confidential.</source>
        <translation>Il n&apos;existe pas de dossier n° %1, ou il est confidentiel.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Un dossier doit avoir un titre.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future (%1).</source>
        <translation>Un dossier ne peut pas être ouvert à une date future (%1).</translation>
    </message>
    <message>
        <source>Service level #%1 is not in the catalogue.</source>
        <translation>Le niveau de service n° %1 ne figure pas au catalogue.</translation>
    </message>
    <message>
        <source>There is no case %1, or it is confidential.</source>
        <translation>Il n&apos;existe pas de dossier %1, ou il est confidentiel.</translation>
    </message>
    <message>
        <source>Making a case public needs the parties&apos; consent: say who agreed and how.</source>
        <translation>Rendre un dossier public exige le consentement des parties&#xa0;: indiquez qui a donné son accord et comment.</translation>
    </message>
    <message>
        <source>%1 is still open; only closed cases go to the archive.</source>
        <translation>%1 est encore ouvert&#xa0;; seuls les dossiers clos sont archivés.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un dossier ne peut pas être lié à lui-même.</translation>
    </message>
</context>
<context>
    <name>CaseResponses</name>
    <message>
        <source>%1 is closed; a response belongs to an open step.</source>
        <translation>%1 est clos&#xa0;; une réponse se rattache à une étape ouverte.</translation>
    </message>
    <message>
        <source>%1 is at “%2”, which does not wait for anyone&apos;s response.</source>
        <translation>%1 est à l&apos;étape «&#xa0;%2&#xa0;», qui n&apos;attend de réponse de personne.</translation>
    </message>
    <message>
        <source>A response to “%1” of %2 is already recorded; it is not changed afterwards (add a comment to correct it).</source>
        <translation>Une réponse à «&#xa0;%1&#xa0;» de %2 est déjà enregistrée&#xa0;; elle ne se modifie pas par la suite (ajoutez un commentaire pour la corriger).</translation>
    </message>
    <message>
        <source>no response by %1</source>
        <translation>aucune réponse au %1</translation>
    </message>
    <message>
        <source>Say on which day the response was received.</source>
        <translation>Indiquez le jour de réception de la réponse.</translation>
    </message>
    <message>
        <source>A response to %1 received on %2 is outside the step (entered %3, today %4).</source>
        <translation>Une réponse à %1 reçue le %2 se situe en dehors de l&apos;étape (commencée le %3&#xa0;; nous sommes le %4).</translation>
    </message>
    <message>
        <source>A received response needs its document: attach it.</source>
        <translation>Une réponse reçue doit avoir son document&#xa0;: joignez-le.</translation>
    </message>
    <message>
        <source>Response (%1)</source>
        <translation>Réponse (%1)</translation>
    </message>
    <message>
        <source>“%1” has no due date, so “no response by the due date” cannot be recorded; record the response when it comes.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;échéance&#xa0;; «&#xa0;aucune réponse à l&apos;échéance&#xa0;» ne peut donc pas être enregistré. Enregistrez la réponse à sa réception.</translation>
    </message>
    <message>
        <source>The response to %1 is due on %2; “no response” can be recorded only after that day.</source>
        <translation>La réponse à %1 est due le %2&#xa0;; «&#xa0;aucune réponse&#xa0;» ne peut être enregistré qu&apos;après cette date.</translation>
    </message>
</context>
<context>
    <name>CaseStepActions</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Response to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Response received from the %1…</source>
        <translation>Réponse reçue (%1)…</translation>
    </message>
    <message>
        <source>No response by the due date</source>
        <translation>Aucune réponse à l&apos;échéance</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Qu&apos;est-ce qui a été reçu&#xa0;?</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD):</source>
        <translation>Reçue le (YYYY-MM-DD)&#xa0;:</translation>
    </message>
    <message>
        <source>The Response Received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Publish the Finding</source>
        <translation>Publier la décision</translation>
    </message>
    <message>
        <source>Publish the public text of the panel&apos;s finding in %1? The dispute itself stays confidential.</source>
        <translation>Publier le texte public de la décision du comité d&apos;appel dans %1&#xa0;? Le différend lui-même reste confidentiel.</translation>
    </message>
    <message>
        <source>Open a linked Problem Management case from %1?</source>
        <translation>Ouvrir un dossier de gestion des problèmes lié, à partir de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Open a linked Independent Appeals Panel case from %1?</source>
        <translation>Ouvrir un dossier lié devant le Comité d&apos;appel indépendant, à partir de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>Ouvrir un dossier de gestion des problèmes</translation>
    </message>
    <message>
        <source>Open Appeals Panel Case</source>
        <translation>Ouvrir un dossier d&apos;appel</translation>
    </message>
    <message>
        <source>A note (optional):</source>
        <translation>Une note (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Panel Finding</source>
        <translation>Décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>The panel found:</source>
        <translation>Le comité d&apos;appel a constaté&#xa0;:</translation>
    </message>
    <message>
        <source>Days the IFO has to remedy it (calendar days):</source>
        <translation>Jours accordés à l&apos;IFO pour y remédier (jours calendaires)&#xa0;:</translation>
    </message>
    <message>
        <source>The finding&apos;s public text (published; the dispute stays confidential):</source>
        <translation>Texte public de la décision (publié&#xa0;; le différend reste confidentiel)&#xa0;:</translation>
    </message>
    <message>
        <source>The Panel&apos;s Finding</source>
        <translation>La décision du comité d&apos;appel</translation>
    </message>
</context>
<context>
    <name>CatalogueTransfer</name>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de procédure (I à V).</translation>
    </message>
    <message>
        <source>The metric has no name.</source>
        <translation>La mesure n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The threshold “%1” is not a positive number.</source>
        <translation>Le seuil «&#xa0;%1&#xa0;» n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The unit “%1” is not seconds, minutes, hours or days.</source>
        <translation>L&apos;unité «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs seconds, minutes, hours ou days.</translation>
    </message>
    <message>
        <source>The type “%1” is not Max or Min.</source>
        <translation>Le type «&#xa0;%1&#xa0;» n&apos;est ni Max ni Min.</translation>
    </message>
    <message>
        <source>The compliance target “%1” is not a percentage above 0 and up to 100.</source>
        <translation>L&apos;objectif de conformité «&#xa0;%1&#xa0;» n&apos;est pas un pourcentage supérieur à 0 et inférieur ou égal à 100.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1 “%2” is given twice for %3 (first on line %4).</source>
        <translation>%1 «&#xa0;%2&#xa0;» figure deux fois pour %3 (d&apos;abord à la ligne %4).</translation>
    </message>
    <message>
        <source>%1 “%2” already has a different definition from %3; change it with an amendment, not an import.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a déjà une autre définition à partir de %3&#xa0;; modifiez-la au moyen d&apos;un amendement, et non d&apos;une importation.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a version from %3; an imported version must start later.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a déjà une version à partir de %3&#xa0;; une version importée doit commencer plus tard.</translation>
    </message>
    <message>
        <source>%1 is already rated; a change never rewrites a month already evaluated.</source>
        <translation>%1 est déjà évalué&#xa0;; une modification ne réécrit jamais un mois déjà évalué.</translation>
    </message>
    <message>
        <source>Catalogue imported from %1, effective %2</source>
        <translation>Catalogue importé depuis %1, en vigueur à partir de %2</translation>
    </message>
    <message>
        <source>Imported with the catalogue.</source>
        <translation>Importé avec le catalogue.</translation>
    </message>
</context>
<context>
    <name>ChangesFile</name>
    <message>
        <source>“%1” is not a CSC Desk changes file or is damaged: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de modifications CSC Desk ou il est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its header is missing</source>
        <translation>son en-tête manque</translation>
    </message>
    <message>
        <source>its description is cut short</source>
        <translation>sa description est tronquée</translation>
    </message>
    <message>
        <source>its description is unreadable</source>
        <translation>sa description est illisible</translation>
    </message>
    <message>
        <source>its description is incomplete</source>
        <translation>sa description est incomplète</translation>
    </message>
    <message>
        <source>“%1” comes from another committee&apos;s database; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» provient de la base de données d&apos;un autre comité&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was made with a newer CSC Desk (schema %2; this database has %3); update CSC Desk first. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente de CSC Desk (schéma %2&#xa0;; cette base de données est au schéma %3)&#xa0;; mettez d&apos;abord CSC Desk à jour. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This review copy has no seal secret; it was made by an earlier CSC Desk. Ask the secretariat for a new review copy.</source>
        <translation>Cette copie de relecture n&apos;a pas de secret de scellement&#xa0;; elle a été créée par une version antérieure de CSC Desk. Demandez une nouvelle copie de relecture au secrétariat.</translation>
    </message>
    <message>
        <source>a changes file</source>
        <translation>un fichier de modifications</translation>
    </message>
    <message>
        <source>“%1” is an unsealed changes file of an earlier CSC Desk: it cannot be told from a forgery. Ask the member for a new review copy. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier de modifications non scellé d&apos;une version antérieure de CSC Desk&#xa0;: il est impossible de le distinguer d&apos;une falsification. Demandez au membre une nouvelle copie de relecture. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>its seal is missing</source>
        <translation>son sceau manque</translation>
    </message>
    <message>
        <source>its seal is unreadable</source>
        <translation>son sceau est illisible</translation>
    </message>
    <message>
        <source>its audit head is unreadable</source>
        <translation>sa tête d&apos;audit est illisible</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not make the image “%1”.</source>
        <translation>Impossible de créer l&apos;image «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not make the drawing “%1”.</source>
        <translation>Impossible de créer le dessin «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CirculationMail</name>
    <message>
        <source>Nobody on the roster has an e-mail address: add them in Committee.</source>
        <translation>Personne dans la liste des membres n&apos;a d&apos;adresse électronique&#xa0;: ajoutez-les dans Comité.</translation>
    </message>
    <message>
        <source>CSC secretariat</source>
        <translation>Secrétariat du CSC</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance, %1</source>
        <translation>Constatations du CSC sur la performance de l&apos;IFO, %1</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the committee&apos;s findings on the IFO&apos;s performance for %1.

Kind regards,
%2
</source>
        <translation>Chers collègues,

Veuillez trouver ci-joint les constatations du comité sur la performance de l&apos;IFO pour %1.

Bien cordialement,
%2
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2): draft for review</source>
        <translation>Procès-verbal de la réunion n° %1 du CSC (%2)&#xa0;: projet pour relecture</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the draft public minutes of meeting no. %1 of %2 for your review. Confidential sections are in CSC Desk and your review copy only, not in this attachment.

Please send your comments or approval before the publication deadline.

Kind regards,
%3
</source>
        <translation>Chers collègues,

Veuillez trouver ci-joint, pour relecture, le projet de procès-verbal public de la réunion n° %1 du %2. Les sections confidentielles figurent uniquement dans CSC Desk et dans votre copie de relecture, et non dans cette pièce jointe.

Merci d&apos;envoyer vos commentaires ou votre approbation avant la date limite de publication.

Bien cordialement,
%3
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2) published</source>
        <translation>Procès-verbal de la réunion n° %1 du CSC (%2) publié</translation>
    </message>
    <message>
        <source>Dear colleagues,

The approved minutes of meeting no. %1 of %2 are published; the public version is attached.

Kind regards,
%3
</source>
        <translation>Chers collègues,

Le procès-verbal approuvé de la réunion n° %1 du %2 est publié&#xa0;; la version publique est jointe.

Bien cordialement,
%3
</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Circulated to members</source>
        <translation>Diffusé aux membres</translation>
    </message>
    <message>
        <source>Publication announced</source>
        <translation>Publication annoncée</translation>
    </message>
    <message>
        <source>Findings sent</source>
        <translation>Constatations envoyées</translation>
    </message>
    <message>
        <source>There is no kept e-mail %1.</source>
        <translation>Il n&apos;existe pas de courriel conservé %1.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>No member with id %1.</source>
        <translation>Aucun membre avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 needs a term start date.</source>
        <translation>%1 doit avoir une date de début de mandat.</translation>
    </message>
    <message>
        <source>%1&apos;s term ends (%2) before it starts (%3).</source>
        <translation>Le mandat de %1 se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2); liaisons do not vote.</source>
        <translation>%1 est agent de liaison (%2)&#xa0;; les agents de liaison ne votent pas.</translation>
    </message>
</context>
<context>
    <name>CommitteeSettings</name>
    <message>
        <source>A holiday has no valid date.</source>
        <translation>Un jour férié n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>The holiday on %1 has no name. Name it or remove the row.</source>
        <translation>Le jour férié du %1 n&apos;a pas de nom. Nommez-le ou supprimez la ligne.</translation>
    </message>
</context>
<context>
    <name>CommitteeSetup</name>
    <message>
        <source>the committee&apos;s name</source>
        <translation>le nom du comité</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la liste des membres</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>le calendrier des jours fériés</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>le catalogue des niveaux de service</translation>
    </message>
    <message>
        <source>the rules (response windows, thresholds)</source>
        <translation>les règles (délais de réponse, seuils)</translation>
    </message>
    <message>
        <source>A new committee needs a name.</source>
        <translation>Un nouveau comité doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>CommitteeTransfer</name>
    <message>
        <source>The audit trail of the %1 does not verify: %2</source>
        <translation>La vérification du journal d&apos;audit de la %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows after the copy instead of %3.</source>
        <translation>La table %1 compte %2 lignes après la copie au lieu de %3.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail ends elsewhere than the source&apos;s.</source>
        <translation>Le journal d&apos;audit de la copie ne se termine pas au même point que celui de la source.</translation>
    </message>
</context>
<context>
    <name>CompareAndSet</name>
    <message>
        <source>“%1” was not undone or redone: the record was changed since this step (in another window, by a merged review copy or from the command line). It keeps its current value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a été ni annulé ni rétabli&#xa0;: l&apos;enregistrement a été modifié depuis cette étape (dans une autre fenêtre, par une copie de relecture intégrée ou depuis la ligne de commande). Il conserve sa valeur actuelle.</translation>
    </message>
</context>
<context>
    <name>ComplaintPatterns</name>
    <message>
        <source>No service level</source>
        <translation>Aucun niveau de service</translation>
    </message>
    <message>
        <source>Rising complaints: %1</source>
        <translation>Plaintes en hausse&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about this service level between %1 and %2: %3.</source>
        <translation>
            <numerusform>%n plainte concernant ce niveau de service entre le %1 et le %2&#xa0;: %3.</numerusform>
            <numerusform>%n plaintes concernant ce niveau de service entre le %1 et le %2&#xa0;: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintProcess</name>
    <message>
        <source>Customer Service Complaint</source>
        <translation>Plainte relative au service client</translation>
    </message>
    <message>
        <source>An individual complaint about the IFO&apos;s customer service, escalated step by step.</source>
        <translation>Une plainte individuelle concernant le service client de l&apos;IFO, traitée par paliers successifs.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Plaignant</translation>
    </message>
    <message>
        <source>1 · Raised with the IFO</source>
        <translation>1 · Soumis à l&apos;IFO</translation>
    </message>
    <message>
        <source>The operator raised the problem with the IFO&apos;s customer service (e-mail, then phone).</source>
        <translation>L&apos;opérateur a soumis le problème au service client de l&apos;IFO (courriel, puis téléphone).</translation>
    </message>
    <message>
        <source>2 · Reported to the committee</source>
        <translation>2 · Signalé au comité</translation>
    </message>
    <message>
        <source>Reported to the committee for the record only; the complainant may go to the Ombudsman.</source>
        <translation>Signalée au comité pour information seulement&#xa0;; le plaignant peut saisir le médiateur (Ombudsman).</translation>
    </message>
    <message>
        <source>3 · Ombudsman</source>
        <translation>3 · Médiateur (Ombudsman)</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Médiateur (Ombudsman)</translation>
    </message>
    <message>
        <source>The Ombudsman reports the result to the operator and the committee, or redirects the matter.</source>
        <translation>Le médiateur (Ombudsman) communique le résultat à l&apos;opérateur et au comité, ou réoriente l&apos;affaire.</translation>
    </message>
    <message>
        <source>4 · Written response requested</source>
        <translation>4 · Réponse écrite demandée</translation>
    </message>
    <message>
        <source>The committee requested a written response from the IFO and facilitates an agreed outcome.</source>
        <translation>Le comité a demandé une réponse écrite à l&apos;IFO et facilite une issue concertée.</translation>
    </message>
    <message>
        <source>5 · External mediation</source>
        <translation>5 · Médiation externe</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>Comité et médiateur externe</translation>
    </message>
    <message>
        <source>An external mediator, with reports on the earlier attempts from the committee and the IFO.</source>
        <translation>Un médiateur externe, avec des rapports du comité et de l&apos;IFO sur les tentatives précédentes.</translation>
    </message>
    <message>
        <source>6 · Systemic failure?</source>
        <translation>6 · Défaillance systémique&#xa0;?</translation>
    </message>
    <message>
        <source>The committee decides whether a systemic failure is involved (and may open Problem Management).</source>
        <translation>Le comité décide s&apos;il s&apos;agit d&apos;une défaillance systémique (et peut ouvrir une procédure de gestion des problèmes).</translation>
    </message>
    <message>
        <source>7 · Independent Appeals Panel</source>
        <translation>7 · Comité d&apos;appel indépendant</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>Opérateur de registre</translation>
    </message>
    <message>
        <source>The registry operator started an Independent Appeals Panel on its own.</source>
        <translation>L&apos;opérateur de registre a saisi de lui-même le Comité d&apos;appel indépendant.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Resolved with the remedial action agreed.</source>
        <translation>Résolu, avec les mesures correctives convenues.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant.</source>
        <translation>Retiré par le plaignant.</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Réorienté</translation>
    </message>
    <message>
        <source>Not an IANA operational issue: redirected to the right body.</source>
        <translation>Pas un problème opérationnel IANA&#xa0;: réorienté vers l&apos;instance compétente.</translation>
    </message>
    <message>
        <source>Report to the committee</source>
        <translation>Signaler au comité</translation>
    </message>
    <message>
        <source>Go to the Ombudsman</source>
        <translation>Saisir le médiateur (Ombudsman)</translation>
    </message>
    <message>
        <source>Skip the Ombudsman: request a written response</source>
        <translation>Sans passer par le médiateur&#xa0;: demander une réponse écrite</translation>
    </message>
    <message>
        <source>Ombudsman failed: request a written response</source>
        <translation>Échec du médiateur&#xa0;: demander une réponse écrite</translation>
    </message>
    <message>
        <source>Ombudsman&apos;s report</source>
        <translation>Rapport du médiateur (Ombudsman)</translation>
    </message>
    <message>
        <source>Redirect to another body</source>
        <translation>Réorienter vers une autre instance</translation>
    </message>
    <message>
        <source>Facilitation failed: engage a mediator</source>
        <translation>Échec de la facilitation&#xa0;: faire appel à un médiateur externe</translation>
    </message>
    <message>
        <source>IFO&apos;s written response</source>
        <translation>Réponse écrite de l&apos;IFO</translation>
    </message>
    <message>
        <source>Mediation failed: consider systemic failure</source>
        <translation>Échec de la médiation&#xa0;: envisager une défaillance systémique</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>Rapport du médiateur externe</translation>
    </message>
    <message>
        <source>Operator starts an Independent Appeals Panel</source>
        <translation>L&apos;opérateur saisit le Comité d&apos;appel indépendant</translation>
    </message>
    <message>
        <source>Resolve (remedial action agreed)</source>
        <translation>Résoudre (mesures correctives convenues)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>Retiré par le plaignant</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>Comité d&apos;appel&#xa0;: délai de correction</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>Le comité d&apos;appel a constaté un manquement réparable&#xa0;; l&apos;IFO dispose du délai fixé.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Autres voies de recours</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>Manquement irréparable, ou correction non effectuée à temps&#xa0;: les autres voies de recours sont ouvertes.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>Décision du comité d&apos;appel&#xa0;: manquement réparable</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>Décision du comité d&apos;appel&#xa0;: manquement irréparable</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Correction non effectuée à temps</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Rapport de l&apos;IFO sur la correction</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur externe</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Comité d&apos;appel</translation>
    </message>
</context>
<context>
    <name>CompositionCheck</name>
    <message>
        <source>1 gTLD member; the charter asks for at least %1</source>
        <translation>1 membre gTLD&#xa0;; la charte en demande au moins %1</translation>
    </message>
    <message>
        <source>%1 gTLD members; the charter asks for at least %2</source>
        <translation>%1 membres gTLD&#xa0;; la charte en demande au moins %2</translation>
    </message>
    <message>
        <source>1 ccTLD member; the charter asks for at least %1</source>
        <translation>1 membre ccTLD&#xa0;; la charte en demande au moins %1</translation>
    </message>
    <message>
        <source>%1 ccTLD members; the charter asks for at least %2</source>
        <translation>%1 membres ccTLD&#xa0;; la charte en demande au moins %2</translation>
    </message>
    <message>
        <source>No liaison from the IFO; the charter asks for one</source>
        <translation>Aucun agent de liaison de l&apos;IFO&#xa0;; la charte en prévoit un</translation>
    </message>
    <message>
        <source>%1 IFO liaisons; the charter provides for one</source>
        <translation>%1 agents de liaison de l&apos;IFO&#xa0;; la charte en prévoit un</translation>
    </message>
    <message>
        <source>%1 × %2; the charter provides for at most one</source>
        <translation>%1 × %2&#xa0;; la charte en prévoit au plus un</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2) but marked as voting; liaisons do not vote</source>
        <translation>%1 est agent de liaison (%2) mais marqué comme votant&#xa0;; les agents de liaison ne votent pas</translation>
    </message>
    <message>
        <source>No chair; the committee elects one</source>
        <translation>Aucune présidence&#xa0;; le comité élit son président</translation>
    </message>
    <message>
        <source>%1 chairs; the committee has one</source>
        <translation>%1 présidents&#xa0;; le comité n&apos;en a qu&apos;un</translation>
    </message>
    <message>
        <source>No %1 for the IFO</source>
        <translation>Pas de «&#xa0;%1&#xa0;» pour l&apos;IFO</translation>
    </message>
    <message>
        <source>%1 members are the %2; there should be one</source>
        <translation>%1 membres ont le rôle «&#xa0;%2&#xa0;»&#xa0;; il ne devrait y en avoir qu&apos;un</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not an SQLite file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données CSC Desk&#xa0;: ce n&apos;est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is damaged and was left untouched. Restore it from a backup copy.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et n&apos;a pas été modifié. Restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a CSC Desk database. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d&apos;une autre application, pas une base de données CSC Desk. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it; the file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de CSC Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez CSC Desk à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Opened read-only as requested.</source>
        <translation>Ouverte en lecture seule, comme demandé.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only; changes cannot be saved.</source>
        <translation>Le fichier ou son dossier est en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it is read-only: %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau pour cette version de CSC Desk, mais il est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save a backup of “%1” before upgrading it; nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer une sauvegarde de «&#xa0;%1&#xa0;» avant sa mise à niveau&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create an in-memory database.</source>
        <translation>Impossible de créer une base de données en mémoire.</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>Impossible de configurer la base de données.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left as it was.</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 a échoué&#xa0;; elle est restée en l&apos;état.</translation>
    </message>
    <message>
        <source>Cannot record the schema version.</source>
        <translation>Impossible d&apos;enregistrer la version du schéma.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot write the copy “%1”.</source>
        <translation>Impossible d&apos;écrire la copie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already exists; a new committee is only created in a new file. The file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; un nouveau comité ne se crée que dans un nouveau fichier. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données CSC Desk&#xa0;: ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: the file is empty. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données CSC Desk&#xa0;: le fichier est vide. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is an empty SQLite file. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données CSC Desk&#xa0;: c&apos;est un fichier SQLite vide. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is a member&apos;s review copy, not a committee file: it opens only as a review copy, in that member&apos;s name and role. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est la copie de relecture d&apos;un membre, et non un fichier de comité&#xa0;: il ne s&apos;ouvre qu&apos;en tant que copie de relecture, au nom et avec le rôle de ce membre. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; write postgresql://user@host:port/dbname.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL&#xa0;; indiquez postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Cette installation ne peut pas accéder à PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (paquet Debian libqt6sql6-psql) est absent.</translation>
    </message>
    <message>
        <source>Cannot connect to the committee database “%1”.</source>
        <translation>Impossible de se connecter à la base de données du comité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already holds a CSC Desk committee; a new committee is only created in an empty database. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà un comité CSC Desk&#xa0;; un nouveau comité ne peut être créé que dans une base de données vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk committee (it has no CSC Desk schema). Create one with `cscdesk migrate` or `cscdesk setup --db …`; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un comité CSC Desk (aucun schéma CSC Desk n&apos;y figure). Créez-en un avec `cscdesk migrate` ou `cscdesk setup --db …`&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de CSC Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez CSC Desk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it was opened read-only.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau pour cette version de CSC Desk, mais il a été ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Another CSC Desk (process %1 on %2) has this database open; this window is read-only.</source>
        <translation>Une autre instance de CSC Desk (processus %1 sur %2) a ouvert cette base de données&#xa0;; cette fenêtre est en lecture seule.</translation>
    </message>
    <message>
        <source>Another CSC Desk on this computer has this database open, perhaps under another name (a link to the same file); this window is read-only.</source>
        <translation>Une autre instance de CSC Desk sur cet ordinateur a ouvert cette base de données, peut-être sous un autre nom (un lien vers le même fichier)&#xa0;; cette fenêtre est en lecture seule.</translation>
    </message>
    <message>
        <source>The lock file “%1” could not be written; this window is read-only.</source>
        <translation>Le fichier de verrouillage «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;; cette fenêtre est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>No deadline</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>IFO&apos;s written response (complaint step 4)</source>
        <translation>Réponse écrite de l&apos;IFO (plainte, étape 4)</translation>
    </message>
    <message>
        <source>“due within 10 working days” (domain.md §3b)</source>
        <translation>«&#xa0;due sous 10 jours ouvrés&#xa0;» (domain.md §3b)</translation>
    </message>
    <message>
        <source>IFO&apos;s response to a significant failure (Problem Management step 1)</source>
        <translation>Réponse de l&apos;IFO à une défaillance importante (gestion des problèmes, étape 1)</translation>
    </message>
    <message>
        <source>“within a set number of days (30 by default)” (domain.md §3c)</source>
        <translation>«&#xa0;dans un nombre de jours fixé (30 par défaut)&#xa0;» (domain.md §3c)</translation>
    </message>
    <message>
        <source>Remedial action directed (Problem Management step 2)</source>
        <translation>Mesures correctives ordonnées (gestion des problèmes, étape 2)</translation>
    </message>
    <message>
        <source>“within a specified period”, entered with the move</source>
        <translation>«&#xa0;dans un délai déterminé&#xa0;», saisi avec le changement d&apos;étape</translation>
    </message>
    <message>
        <source>A panel&apos;s remedy period</source>
        <translation>Délai de correction fixé par le comité d&apos;appel</translation>
    </message>
    <message>
        <source>“the IFO has a set number of days to remedy it” (domain.md §3d)</source>
        <translation>«&#xa0;l&apos;IFO dispose d&apos;un nombre de jours fixé pour y remédier&#xa0;» (domain.md §3d)</translation>
    </message>
    <message>
        <source>Minutes published after the meeting</source>
        <translation>Procès-verbal publié après la réunion</translation>
    </message>
    <message>
        <source>“within 5 business days” (domain.md §2)</source>
        <translation>«&#xa0;sous 5 jours ouvrés&#xa0;» (domain.md §2)</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Ratified by the e-mail decision of %1.</source>
        <translation>Ratifiée par la décision par courriel du %1.</translation>
    </message>
    <message>
        <source>Ratified by an e-mail decision.</source>
        <translation>Ratifiée par une décision par courriel.</translation>
    </message>
    <message>
        <source>To be ratified by e-mail: not yet ratified.</source>
        <translation>À ratifier par courriel&#xa0;: pas encore ratifiée.</translation>
    </message>
    <message>
        <source>Not marked for ratification by e-mail.</source>
        <translation>Non marquée pour ratification par courriel.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>Seule une décision prise en réunion peut être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>Le quorum était atteint&#xa0;; la décision de la réunion n&apos;a pas à être ratifiée.</translation>
    </message>
    <message>
        <source>The decision is marked to be ratified by e-mail already.</source>
        <translation>La décision est déjà marquée comme devant être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>La décision a déjà été ratifiée.</translation>
    </message>
    <message>
        <source>Mark the decision to be ratified by e-mail first.</source>
        <translation>Marquez d&apos;abord la décision comme devant être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>La décision n&apos;est pas marquée comme devant être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>A decision needs a text.</source>
        <translation>Une décision doit avoir un texte.</translation>
    </message>
    <message>
        <source>A decision needs the date it was taken.</source>
        <translation>Une décision doit avoir la date à laquelle elle a été prise.</translation>
    </message>
    <message>
        <source>A decision is taken at a meeting or by e-mail.</source>
        <translation>Une décision est prise en réunion ou par courriel.</translation>
    </message>
    <message>
        <source>%1 is a %2 and does not vote; only voting members&apos; votes are recorded.</source>
        <translation>%1 a le rôle «&#xa0;%2&#xa0;» et ne vote pas&#xa0;; seuls les votes des membres votants sont enregistrés.</translation>
    </message>
    <message>
        <source>This decision is closed: the minutes of its meeting were approved.</source>
        <translation>Cette décision est close&#xa0;: le procès-verbal de sa réunion a été approuvé.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members answered; a decision needs at least %2.</source>
        <translation>Seuls %1 des membres votants ont répondu&#xa0;; une décision en exige au moins %2.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members present; a decision needs at least %2.</source>
        <translation>Seuls %1 des membres votants sont présents&#xa0;; une décision en exige au moins %2.</translation>
    </message>
    <message>
        <source>Not unanimous; with vacancies on the committee decisions must be unanimous.</source>
        <translation>Pas d&apos;unanimité&#xa0;; lorsque des sièges du comité sont vacants, les décisions doivent être unanimes.</translation>
    </message>
    <message>
        <source>Not carried: %1 for, %2 against.</source>
        <translation>Rejetée&#xa0;: %1 pour, %2 contre.</translation>
    </message>
    <message>
        <source>Carried unanimously (%1 for).</source>
        <translation>Adoptée à l&apos;unanimité (%1 pour).</translation>
    </message>
    <message>
        <source>Carried: %1 for, %2 against, %3 abstaining.</source>
        <translation>Adoptée&#xa0;: %1 pour, %2 contre, %3 abstention(s).</translation>
    </message>
    <message>
        <source>Decision %1 is not on record.</source>
        <translation>La décision n° %1 n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>Seule une décision prise en réunion peut être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>Le quorum était atteint&#xa0;; la décision de la réunion n&apos;a pas à être ratifiée.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>La décision n&apos;est pas marquée comme devant être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>La décision a déjà été ratifiée.</translation>
    </message>
    <message>
        <source>A ratification is a decision taken by e-mail.</source>
        <translation>Une ratification est une décision prise par courriel.</translation>
    </message>
    <message>
        <source>The e-mail decision does not ratify: %1</source>
        <translation>La décision par courriel ne vaut pas ratification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The meeting was not quorate: not carried; to be ratified by e-mail.</source>
        <translation>Le quorum n&apos;était pas atteint&#xa0;: non adoptée&#xa0;; à ratifier par courriel.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions are limited to approving the monthly report: not carried.</source>
        <translation>Lorsque des sièges du comité sont vacants, les décisions se limitent à l&apos;approbation du rapport mensuel&#xa0;: non adoptée.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo spans 1 to 30 years, not %1.</source>
        <translation>La démo couvre de 1 à 30 ans, pas %1.</translation>
    </message>
    <message>
        <source>“%1” already exists; the demo generator only writes new files.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; le générateur de démo n&apos;écrit que de nouveaux fichiers.</translation>
    </message>
    <message>
        <source>Demo generator</source>
        <translation>Générateur de démo</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Unknown format “%1”: use html, pdf or md.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez html, pdf ou md.</translation>
    </message>
    <message>
        <source>Record reference (audit trail head): %1</source>
        <translation>Référence de l&apos;enregistrement (tête du journal d&apos;audit)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité permanent des clients</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF of “%1”.</source>
        <translation>Impossible de mettre en page le PDF de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Format inconnu.</translation>
    </message>
</context>
<context>
    <name>DutyRecords</name>
    <message>
        <source>A technical change needs a title.</source>
        <translation>Un changement technique doit avoir un titre.</translation>
    </message>
    <message>
        <source>The RFC period of “%1” closes before it opens.</source>
        <translation>La période de RFC de «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on “%1” is based on the comments received; it comes after the RFC period closes (%2).</source>
        <translation>La déclaration de l&apos;IFO sur «&#xa0;%1&#xa0;» se fonde sur les commentaires reçus&#xa0;; elle intervient après la clôture de la période de RFC (%2).</translation>
    </message>
    <message>
        <source>A consultation needs its date, audience, content and public text.</source>
        <translation>Une consultation doit avoir sa date, son public visé, son contenu et son texte public.</translation>
    </message>
    <message>
        <source>An update to the direct customers needs its date, audience, content and public text.</source>
        <translation>Un point d&apos;information aux clients directs doit avoir sa date, son public visé, son contenu et son texte public.</translation>
    </message>
    <message>
        <source>Charter review</source>
        <translation>Révision de la charte</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Révision de l&apos;efficacité</translation>
    </message>
    <message>
        <source>IANA Functions Review</source>
        <translation>Révision des fonctions IANA</translation>
    </message>
    <message>
        <source>Special IANA Function Review</source>
        <translation>Révision spéciale des fonctions IANA</translation>
    </message>
    <message>
        <source>Separation working group</source>
        <translation>Groupe de travail sur la séparation</translation>
    </message>
    <message>
        <source>A liaison needs the person and the start of the term.</source>
        <translation>Un agent de liaison doit avoir la personne et le début du mandat.</translation>
    </message>
    <message>
        <source>“%1” is not a review team (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une équipe de révision (%2).</translation>
    </message>
    <message>
        <source>The term of %1 ends before it starts.</source>
        <translation>Le mandat de %1 se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>%1 changed this record at %2 UTC while you were editing it, so your change was not saved; your text is kept. Look at their change, then make yours again.</source>
        <translation>%1 a modifié cet enregistrement à %2 UTC pendant que vous le modifiiez&#xa0;; votre modification n&apos;a donc pas été enregistrée, mais votre texte est conservé. Consultez cette modification, puis refaites la vôtre.</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>a CSV file of figures</source>
        <translation>un fichier CSV de chiffres</translation>
    </message>
</context>
<context>
    <name>FigureStore</name>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Les nombres ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>Plus de demandes ont respecté le seuil (%1) qu&apos;il n&apos;en a été traité (%2).</translation>
    </message>
    <message>
        <source>Figures need a month.</source>
        <translation>Les chiffres doivent indiquer un mois.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>%1 demandes en un mois, c&apos;est au-delà de tout nombre vraisemblable (au plus %2).</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (catégorie %2)</translation>
    </message>
    <message>
        <source>The findings of %1 cannot change: the committee rated the month “%2” on %3, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>Les constatations de %1 ne peuvent pas changer&#xa0;: le comité a évalué le mois «&#xa0;%2&#xa0;» le %3, et un mois évalué est consigné. Le président doit d&apos;abord rouvrir son évaluation, par une décision consignée.</translation>
    </message>
    <message>
        <source>A rating needs a label (for example “%1”).</source>
        <translation>Une évaluation doit avoir un libellé (par exemple «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 is already rated “%2”. A recorded rating is not changed: the chair reopens it first, with the reason, as a recorded decision.</source>
        <translation>%1 est déjà évalué «&#xa0;%2&#xa0;». Une évaluation enregistrée ne se modifie pas&#xa0;: le président la rouvre d&apos;abord, avec le motif, par une décision consignée.</translation>
    </message>
    <message>
        <source>%1 has no figures yet: a month is rated on its figures.</source>
        <translation>%1 n&apos;a pas encore de chiffres&#xa0;: un mois est évalué sur ses chiffres.</translation>
    </message>
    <message>
        <source>“%1” means every defined threshold was met; in %2 PTI met %3 of %4.</source>
        <translation>«&#xa0;%1&#xa0;» signifie que tous les seuils définis ont été respectés&#xa0;; en %2, PTI en a respecté %3 sur %4.</translation>
    </message>
    <message>
        <source>“%1” says every missed threshold was satisfactorily explained; not yet explained: %2. Record their narratives as explained, or record the lower rating.</source>
        <translation>«&#xa0;%1&#xa0;» indique que tous les seuils manqués ont été expliqués de façon satisfaisante&#xa0;; pas encore expliqués&#xa0;: %2. Enregistrez leurs explications comme satisfaisantes, ou enregistrez l&apos;évaluation inférieure.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for another rating than “%2”. Redraft it from the new rating, or keep the edit (the report then cannot be exported until the two agree).</source>
        <translation>Le texte des constatations de %1 a été modifié à la main pour une autre évaluation que «&#xa0;%2&#xa0;». Rédigez-le à nouveau à partir de la nouvelle évaluation, ou conservez la modification (le rapport ne pourra alors pas être exporté tant que les deux ne concorderont pas).</translation>
    </message>
    <message>
        <source>Reopening a rated month needs the reason, for the record.</source>
        <translation>La réouverture d&apos;un mois évalué exige un motif, pour mémoire.</translation>
    </message>
    <message>
        <source>%1 is not rated: there is nothing to reopen.</source>
        <translation>%1 n&apos;est pas évalué&#xa0;: il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was 100%. PTI met all %3 of the currently defined thresholds.</source>
        <translation>%1&#xa0;: la performance de PTI sur %2 a été de 100&#xa0;%. PTI a respecté l&apos;ensemble des %3 seuils actuellement définis.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was %3. PTI met %4 of the currently defined %5 thresholds.</source>
        <translation>%1&#xa0;: la performance de PTI sur %2 a été de %3. PTI a respecté %4 des %5 seuils actuellement définis.</translation>
    </message>
    <message>
        <source>The missed threshold, %1, was satisfactorily explained and does not indicate a performance issue.</source>
        <translation>Le seuil manqué, %1, a été expliqué de façon satisfaisante et ne révèle pas de problème de performance.</translation>
    </message>
    <message>
        <source>The missed thresholds, %1, were satisfactorily explained and do not indicate a performance issue.</source>
        <translation>Les seuils manqués, %1, ont été expliqués de façon satisfaisante et ne révèlent pas de problème de performance.</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>Seuils manqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not satisfactorily explained: %1.</source>
        <translation>Sans explication satisfaisante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missed and not satisfactorily explained: %1.</source>
        <translation>Manqués sans explication satisfaisante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No figures were received for: %1.</source>
        <translation>Aucun chiffre n&apos;a été reçu pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for the rating “%2”, but the month&apos;s rating is “%3”: redraft the statement (Draft from figures) before the report can be exported.</source>
        <translation>Le texte des constatations de %1 a été modifié à la main pour l&apos;évaluation «&#xa0;%2&#xa0;», mais l&apos;évaluation du mois est «&#xa0;%3&#xa0;»&#xa0;: rédigez à nouveau le texte (Rédiger à partir des chiffres) avant de pouvoir exporter le rapport.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for other missed thresholds than the month now has: redraft the statement before the report can be exported.</source>
        <translation>Le texte des constatations de %1 a été modifié à la main pour d&apos;autres seuils manqués que ceux du mois actuel&#xa0;: rédigez à nouveau le texte avant de pouvoir exporter le rapport.</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Aucun chiffre</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance — %1</source>
        <translation>Constatations du CSC sur la performance de l&apos;IFO — %1</translation>
    </message>
    <message>
        <source>Missed thresholds</source>
        <translation>Seuils manqués</translation>
    </message>
    <message>
        <source>No threshold was missed.</source>
        <translation>Aucun seuil n&apos;a été manqué.</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (catégorie %2)</translation>
    </message>
    <message>
        <source>%1 against a target of %2.</source>
        <translation>%1 pour un objectif de %2.</translation>
    </message>
    <message>
        <source>Missed persistently in recent months.</source>
        <translation>Manqué de façon persistante au cours des derniers mois.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No escalations in progress.</source>
        <translation>Aucun recours en cours.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Report of escalations</source>
        <translation>Rapport sur les recours</translation>
    </message>
    <message>
        <source>Confidential escalations in progress: %1, by process and step.</source>
        <translation>Recours confidentiels en cours&#xa0;: %1, par procédure et par étape.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>At step (cases)</source>
        <translation>À l&apos;étape (dossiers)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Escalations made public by a decision of the committee:</source>
        <translation>Recours rendus publics par décision du comité&#xa0;:</translation>
    </message>
    <message>
        <source>Process and step</source>
        <translation>Procédure et étape</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rating: %1 (decided by the committee on %2)</source>
        <translation>Évaluation&#xa0;: %1 (décidée par le comité le %2)</translation>
    </message>
    <message>
        <source>Rating: %1 (proposed; not yet decided by the committee)</source>
        <translation>Évaluation&#xa0;: %1 (proposée&#xa0;; pas encore décidée par le comité)</translation>
    </message>
    <message>
        <source>No explanation recorded yet.</source>
        <translation>Aucune explication enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every threshold</source>
        <translation>Tous les seuils</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Share of thresholds met per month over the last twelve months (axis from 0% to 100%; months with misses in red)</source>
        <translation>Part des seuils respectés par mois sur les douze derniers mois (axe de 0&#xa0;% à 100&#xa0;%&#xa0;; mois avec des manquements en rouge)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>%1, line %2: “%3” is not an all-day event; a holiday file holds whole days.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un événement sur une journée entière&#xa0;; un fichier de jours fériés contient des journées entières.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une date (écrivez AAAA-MM-JJ, éventuellement suivi d&apos;un nom).</translation>
    </message>
    <message>
        <source>a holiday file or calendar</source>
        <translation>un fichier ou calendrier de jours fériés</translation>
    </message>
</context>
<context>
    <name>HolidayTransfer</name>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>Le texte n&apos;est pas en UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez YYYY-MM-DD, éventuellement suivi d&apos;un nom).</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>%1 figure deux fois (d&apos;abord à la ligne %2).</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is too large for a holiday list.</source>
        <translation>Le fichier est trop volumineux pour une liste de jours fériés.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source># The committee&apos;s holidays: one date per line (YYYY-MM-DD), then its name.</source>
        <translation># Les jours fériés du comité&#xa0;: une date par ligne (YYYY-MM-DD), suivie de son nom.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (it does not start with BEGIN:VCALENDAR).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a NAME:VALUE line.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une ligne NOM:VALEUR.</translation>
    </message>
    <message>
        <source>%1: the event has no DTSTART.</source>
        <translation>%1&#xa0;: l&apos;événement n&apos;a pas de DTSTART.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYYMMDD).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAAMMJJ).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date-time (YYYYMMDDTHHMMSSZ).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date-heure (AAAAMMJJTHHMMSSZ).</translation>
    </message>
    <message>
        <source>%1: the event is not closed with END:VEVENT.</source>
        <translation>%1&#xa0;: l&apos;événement n&apos;est pas fermé par END:VEVENT.</translation>
    </message>
</context>
<context>
    <name>IfoComplaints</name>
    <message>
        <source>A summary of escalated complaints needs its period and the day it was received.</source>
        <translation>Un résumé des plaintes remontées doit avoir sa période et sa date de réception.</translation>
    </message>
    <message>
        <source>Each count of the summary needs a kind and a number of at least 0.</source>
        <translation>Chaque décompte du résumé doit avoir un type et un nombre au moins égal à 0.</translation>
    </message>
    <message>
        <source>The IFO&apos;s handling of a complaint needs its reference and the day it was received.</source>
        <translation>Le traitement d&apos;une plainte par l&apos;IFO doit avoir sa référence et sa date de réception.</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be acknowledged or answered before it was received (%2).</source>
        <translation>La plainte %1 ne peut pas faire l&apos;objet d&apos;un accusé de réception ni d&apos;une réponse avant sa réception (%2).</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>“%1” is a folder, not %2.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas %2.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device or a pipe), so it cannot be read as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un périphérique ou un tube)&#xa0;; il ne peut donc pas être lu comme %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (%3; at most %4).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être %2 (%3&#xa0;; au plus %4).</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (at most %3).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être %2 (au plus %3).</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <source>There is no kept change #%1 waiting for a decision.</source>
        <translation>Aucune modification conservée n°&#xa0;%1 n&apos;attend de décision.</translation>
    </message>
</context>
<context>
    <name>MeetingNames</name>
    <message>
        <source>Monthly meeting</source>
        <translation>Réunion mensuelle</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Réunion extraordinaire</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>Procès-verbal de la réunion précédente</translation>
    </message>
    <message>
        <source>No minutes of an earlier meeting.</source>
        <translation>Aucun procès-verbal d&apos;une réunion antérieure.</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 (%2), %3</source>
        <translation>Procès-verbal de la réunion n° %1 (%2), %3</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>The minutes have no notes yet.</source>
        <translation>Le procès-verbal n&apos;a pas encore de notes.</translation>
    </message>
    <message>
        <source>IFO performance for %1 and the findings draft</source>
        <translation>Performance de l&apos;IFO pour %1 et projet de constatations</translation>
    </message>
    <message>
        <source>Missed threshold</source>
        <translation>Seuil manqué</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>No figures for this month yet.</source>
        <translation>Pas encore de chiffres pour ce mois.</translation>
    </message>
    <message>
        <source>Findings draft</source>
        <translation>Projet de constatations</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Points d&apos;action en cours</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Aucun point d&apos;action en cours.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open cases and their deadlines</source>
        <translation>Dossiers ouverts et leurs échéances</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Confidential — committee members only</source>
        <translation>Confidentiel — réservé aux membres du comité</translation>
    </message>
    <message>
        <source>Meeting pack: CSC %1 no. %2, %3</source>
        <translation>Documents de séance de la %1 n° %2 du CSC, %3</translation>
    </message>
    <message>
        <source>For the members of the committee.</source>
        <translation>À l&apos;intention des membres du comité.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>No meeting with id %1.</source>
        <translation>Aucune réunion avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No meeting was held on %1.</source>
        <translation>Aucune réunion ne s&apos;est tenue le %1.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel nominal</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Points d&apos;action en cours</translation>
    </message>
    <message>
        <source>IFO performance for %1: the IFO&apos;s report and the committee&apos;s findings</source>
        <translation>Performance de l&apos;IFO pour %1&#xa0;: le rapport de l&apos;IFO et les constatations du comité</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>Consultation annuelle sur la performance de l&apos;IFO</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Adjourn</source>
        <translation>Levée de la séance</translation>
    </message>
    <message>
        <source>A meeting needs a date and time.</source>
        <translation>Une réunion doit avoir une date et une heure.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un point de l&apos;ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <source>The agenda item is no longer there.</source>
        <translation>Le point de l&apos;ordre du jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The minutes already have a section for this agenda item; keep it and mark it confidential or leave it empty instead.</source>
        <translation>Le procès-verbal a déjà une section pour ce point de l&apos;ordre du jour&#xa0;; conservez-la et marquez-la confidentielle, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Cannot move agenda item %1 to position %2: the agenda has %3 items.</source>
        <translation>Impossible de déplacer le point %1 de l&apos;ordre du jour en position %2&#xa0;: l&apos;ordre du jour compte %3 points.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>Aucun dossier avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Decisions or action items were recorded under this agenda item; keep it and mark it confidential instead.</source>
        <translation>Des décisions ou des points d&apos;action ont été enregistrés sous ce point de l&apos;ordre du jour&#xa0;; conservez-le et marquez-le plutôt comme confidentiel.</translation>
    </message>
    <message>
        <source>The minutes of meeting no. %1 are approved: its attendance is a record and stays as it was.</source>
        <translation>Le procès-verbal de la réunion n° %1 est approuvé&#xa0;: sa liste de présence est consignée et reste inchangée.</translation>
    </message>
    <message>
        <source>%1 was not on the committee on %2.</source>
        <translation>%1 ne faisait pas partie du comité le %2.</translation>
    </message>
</context>
<context>
    <name>MemberNames</name>
    <message>
        <source>gTLD registry member</source>
        <translation>Membre représentant un registre gTLD</translation>
    </message>
    <message>
        <source>ccTLD registry member</source>
        <translation>Membre représentant un registre ccTLD</translation>
    </message>
    <message>
        <source>IFO liaison</source>
        <translation>Agent de liaison de l&apos;IFO</translation>
    </message>
    <message>
        <source>Other TLD liaison</source>
        <translation>Agent de liaison (autres TLD)</translation>
    </message>
    <message>
        <source>GNSO liaison</source>
        <translation>Agent de liaison de la GNSO</translation>
    </message>
    <message>
        <source>RSSAC liaison</source>
        <translation>Agent de liaison du RSSAC</translation>
    </message>
    <message>
        <source>SSAC liaison</source>
        <translation>Agent de liaison du SSAC</translation>
    </message>
    <message>
        <source>GAC liaison</source>
        <translation>Agent de liaison du GAC</translation>
    </message>
    <message>
        <source>ALAC liaison</source>
        <translation>Agent de liaison de l&apos;ALAC</translation>
    </message>
    <message>
        <source>Primary point of contact</source>
        <translation>Point de contact principal</translation>
    </message>
    <message>
        <source>Secondary point of contact</source>
        <translation>Point de contact secondaire</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>The minutes exist already.</source>
        <translation>Le procès-verbal existe déjà.</translation>
    </message>
    <message>
        <source>Only a draft can be edited.</source>
        <translation>Seul un projet peut être modifié.</translation>
    </message>
    <message>
        <source>Members approve or ask for changes once the minutes are circulated.</source>
        <translation>Les membres approuvent ou demandent des modifications une fois le procès-verbal diffusé.</translation>
    </message>
    <message>
        <source>An e-mail decision approving these minutes is recorded already.</source>
        <translation>Une décision par courriel approuvant ce procès-verbal est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>La base de données est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Sélectionnez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>Only a draft can be circulated.</source>
        <translation>Seul un projet peut être diffusé.</translation>
    </message>
    <message>
        <source>Only circulated minutes go back to draft.</source>
        <translation>Seul un procès-verbal diffusé peut être remis à l&apos;état de projet.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved.</source>
        <translation>Seul un procès-verbal diffusé peut être approuvé.</translation>
    </message>
    <message>
        <source>Only approved minutes can be published.</source>
        <translation>Seul un procès-verbal approuvé peut être publié.</translation>
    </message>
    <message>
        <source>There are no minutes yet.</source>
        <translation>Il n&apos;y a pas encore de procès-verbal.</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>Pas encore de procès-verbal.</translation>
    </message>
    <message numerus="yes">
        <source>Members review the minutes once they are circulated. %n approval(s) recorded.</source>
        <translation>
            <numerusform>Les membres relisent le procès-verbal une fois diffusé. %n approbation enregistrée.</numerusform>
            <numerusform>Les membres relisent le procès-verbal une fois diffusé. %n approbations enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circulated for approval: %n approval(s)</source>
        <translation>
            <numerusform>Diffusé pour approbation&#xa0;: %n approbation</numerusform>
            <numerusform>Diffusé pour approbation&#xa0;: %n approbations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for changes.</source>
        <translation>
            <numerusform>%n demande de modifications.</numerusform>
            <numerusform>%n demandes de modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>Seul un procès-verbal diffusé peut être approuvé par une décision par courriel.</translation>
    </message>
</context>
<context>
    <name>MinutesBook</name>
    <message>
        <source>%1 (liaison)</source>
        <translation>%1 (agent de liaison)</translation>
    </message>
    <message>
        <source>These minutes have no draft yet.</source>
        <translation>Ce procès-verbal n&apos;a pas encore de projet.</translation>
    </message>
    <message>
        <source>The minutes are %1; only a draft can be edited (return circulated minutes to draft first).</source>
        <translation>Le procès-verbal est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un projet peut être modifié (remettez d&apos;abord le procès-verbal diffusé à l&apos;état de projet).</translation>
    </message>
    <message>
        <source>Meeting %1 already has minutes; edit them instead.</source>
        <translation>La réunion %1 a déjà un procès-verbal&#xa0;; modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>Case %1.</source>
        <translation>Dossier %1.</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>La section du procès-verbal n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Minutes cannot go from %1 to %2.</source>
        <translation>Le procès-verbal ne peut pas passer de l&apos;état «&#xa0;%1&#xa0;» à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>These minutes cannot be approved yet: %1</source>
        <translation>Ce procès-verbal ne peut pas encore être approuvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MinutesDeadline</name>
    <message>
        <source>published; was due %1</source>
        <translation>publié&#xa0;; échéance le %1</translation>
    </message>
    <message>
        <source>due today (%1), last business day</source>
        <translation>échéance aujourd&apos;hui (%1), dernier jour ouvré</translation>
    </message>
    <message>
        <source>overdue since %1 (1 business day late)</source>
        <translation>en retard depuis le %1 (1 jour ouvré de retard)</translation>
    </message>
    <message>
        <source>overdue since %1 (%2 business days late)</source>
        <translation>en retard depuis le %1 (%2 jours ouvrés de retard)</translation>
    </message>
    <message>
        <source>due %1, 1 business day left</source>
        <translation>échéance le %1, 1 jour ouvré restant</translation>
    </message>
    <message>
        <source>due %1, %2 business days left</source>
        <translation>échéance le %1, %2 jours ouvrés restants</translation>
    </message>
    <message>
        <source>published late: due %1, 1 business day late</source>
        <translation>publié en retard&#xa0;: échéance le %1, 1 jour ouvré de retard</translation>
    </message>
    <message>
        <source>published late: due %1, %2 business days late</source>
        <translation>publié en retard&#xa0;: échéance le %1, %2 jours ouvrés de retard</translation>
    </message>
    <message>
        <source>not published; was due %1</source>
        <translation>non publié&#xa0;; l&apos;échéance était le %1</translation>
    </message>
</context>
<context>
    <name>MinutesExporter</name>
    <message>
        <source>Minutes of the CSC %1 no. %2, %3</source>
        <translation>Procès-verbal de la %1 n° %2 du CSC, %3</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC.</source>
        <translation>%1, %2–%3 UTC.</translation>
    </message>
    <message>
        <source>The meeting was quorate.</source>
        <translation>Le quorum était atteint.</translation>
    </message>
    <message>
        <source>The meeting was not quorate.</source>
        <translation>Le quorum n&apos;était pas atteint.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1.</source>
        <translation>Approuvé par le comité le %1.</translation>
    </message>
    <message>
        <source>Draft minutes, not yet approved by the committee.</source>
        <translation>Projet de procès-verbal, pas encore approuvé par le comité.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>(case %1)</source>
        <translation>(dossier %1)</translation>
    </message>
    <message>
        <source>Taken by e-mail on %1.</source>
        <translation>Prise par courriel le %1.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Meeting no. %1 has no minutes yet; generate the draft first.</source>
        <translation>La réunion n° %1 n&apos;a pas encore de procès-verbal&#xa0;; générez d&apos;abord le projet.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1; published on %2.</source>
        <translation>Approuvé par le comité le %1&#xa0;; publié le %2.</translation>
    </message>
    <message>
        <source>No notes were recorded under: %1.</source>
        <translation>Aucune note n&apos;a été enregistrée sous&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MinutesReview</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>Say which changes the minutes need.</source>
        <translation>Indiquez les modifications que le procès-verbal nécessite.</translation>
    </message>
    <message>
        <source>These minutes are not circulated for approval yet.</source>
        <translation>Ce procès-verbal n&apos;est pas encore diffusé pour approbation.</translation>
    </message>
    <message>
        <source>These minutes were approved already; they can no longer be approved or changed.</source>
        <translation>Ce procès-verbal a déjà été approuvé&#xa0;; il ne peut plus être approuvé ni modifié.</translation>
    </message>
    <message>
        <source>That section is no longer part of these minutes.</source>
        <translation>Cette section ne fait plus partie de ce procès-verbal.</translation>
    </message>
    <message>
        <source>Approved by the e-mail decision on record.</source>
        <translation>Approuvé par la décision par courriel enregistrée.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed.</source>
        <translation>%1 membres votants sur %2 ont approuvé&#xa0;; %3 approbations sont nécessaires.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed, or record the e-mail decision.</source>
        <translation>%1 membres votants sur %2 ont approuvé&#xa0;; %3 approbations sont nécessaires, sinon enregistrez la décision par courriel.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>Seul un procès-verbal diffusé peut être approuvé par une décision par courriel.</translation>
    </message>
    <message>
        <source>Decision %1 was not taken by e-mail.</source>
        <translation>La décision n° %1 n&apos;a pas été prise par courriel.</translation>
    </message>
    <message>
        <source>The e-mail decision of %1 does not approve the minutes: %2</source>
        <translation>La décision par courriel du %1 n&apos;approuve pas le procès-verbal&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MonthEvaluation</name>
    <message>
        <source>PTI met %1 of the %2 defined thresholds (%3).</source>
        <translation>PTI a respecté %1 des %2 seuils définis (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n threshold(s) have no figures yet.</source>
        <translation>
            <numerusform>%n seuil n&apos;a pas encore de chiffres.</numerusform>
            <numerusform>%n seuils n&apos;ont pas encore de chiffres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObligationCalendar</name>
    <message>
        <source>CSC %1 no. %2</source>
        <translation>CSC&#xa0;: %1 n° %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 due for publication</source>
        <translation>Procès-verbal de la réunion n° %1 à publier</translation>
    </message>
    <message>
        <source>Minutes deadline</source>
        <translation>Échéance du procès-verbal</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>Consultation annuelle sur la performance de l&apos;IFO</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>With the IFO, ccTLD and gTLD registry operators and the community.</source>
        <translation>Avec l&apos;IFO, les opérateurs de registres ccTLD et gTLD et la communauté.</translation>
    </message>
    <message>
        <source>Charter review (12 months after the first meeting), with public comment</source>
        <translation>Révision de la charte (12 mois après la première réunion), avec consultation publique</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance due</source>
        <translation>Échéance de l&apos;audit indépendant de la performance de l&apos;IFO</translation>
    </message>
    <message>
        <source>IANA naming function review team</source>
        <translation>Équipe de révision de la fonction de nommage IANA</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité permanent des clients</translation>
    </message>
    <message>
        <source>%1 due: %2</source>
        <translation>%1 à échéance&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case deadline</source>
        <translation>Échéance de dossier</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 published</source>
        <translation>Procès-verbal de la réunion n° %1 publié</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit a member</source>
        <translation>Modifier un membre</translation>
    </message>
    <message>
        <source>Edit a work item</source>
        <translation>Modifier un élément de travail</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>Modifier un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Supprimer un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>Réorganiser l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <source>Edit an action item</source>
        <translation>Modifier un point d&apos;action</translation>
    </message>
    <message>
        <source>Edit a minutes section</source>
        <translation>Modifier une section du procès-verbal</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>Modifier les dates du calendrier</translation>
    </message>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>Saisir les chiffres d&apos;un mois</translation>
    </message>
    <message>
        <source>Edit a narrative</source>
        <translation>Modifier une explication</translation>
    </message>
    <message>
        <source>Edit a findings statement</source>
        <translation>Modifier un texte des constatations</translation>
    </message>
    <message>
        <source>Add a service level</source>
        <translation>Ajouter un niveau de service</translation>
    </message>
    <message>
        <source>Move a case</source>
        <translation>Changer l&apos;étape d&apos;un dossier</translation>
    </message>
    <message>
        <source>Archive or restore a case</source>
        <translation>Archiver ou restaurer un dossier</translation>
    </message>
    <message>
        <source>Make a case public or confidential</source>
        <translation>Rendre un dossier public ou confidentiel</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Attach a document to a case</source>
        <translation>Joindre un document à un dossier</translation>
    </message>
    <message>
        <source>Comment on a case</source>
        <translation>Commenter un dossier</translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>Hand a case over</source>
        <translation>Transmettre un dossier</translation>
    </message>
    <message>
        <source>Record a panel&apos;s finding</source>
        <translation>Enregistrer une décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>Publish a panel&apos;s finding</source>
        <translation>Publier une décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>Escalate a case</source>
        <translation>Faire passer un dossier au niveau supérieur</translation>
    </message>
    <message>
        <source>Open a Problem Management case from a pattern</source>
        <translation>Ouvrir un dossier de gestion des problèmes à partir d&apos;une tendance</translation>
    </message>
    <message>
        <source>Open a case for a persistent miss</source>
        <translation>Ouvrir un dossier pour un manquement persistant</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Supprimer un membre</translation>
    </message>
    <message>
        <source>Add a work item</source>
        <translation>Ajouter un élément de travail</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <source>Set a meeting&apos;s location</source>
        <translation>Définir le lieu d&apos;une réunion</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>Rédiger le projet de procès-verbal</translation>
    </message>
    <message>
        <source>Circulate, approve or publish minutes</source>
        <translation>Diffuser, approuver ou publier un procès-verbal</translation>
    </message>
    <message>
        <source>Approve, query or comment on minutes</source>
        <translation>Approuver ou commenter un procès-verbal, ou y demander des modifications</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <source>Record a month&apos;s rating</source>
        <translation>Enregistrer l&apos;évaluation d&apos;un mois</translation>
    </message>
    <message>
        <source>Reopen a rated month</source>
        <translation>Rouvrir un mois évalué</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Importer des chiffres</translation>
    </message>
    <message>
        <source>Record an urgent review step</source>
        <translation>Enregistrer une étape d&apos;examen urgent</translation>
    </message>
    <message>
        <source>Record a periodic audit step</source>
        <translation>Enregistrer une étape d&apos;audit périodique</translation>
    </message>
    <message>
        <source>Add a duty record</source>
        <translation>Ajouter une entrée aux missions</translation>
    </message>
    <message>
        <source>Change the committee&apos;s settings</source>
        <translation>Modifier les paramètres du comité</translation>
    </message>
    <message>
        <source>Publish a document</source>
        <translation>Publier un document</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s changes</source>
        <translation>Intégrer les modifications d&apos;un relecteur</translation>
    </message>
    <message>
        <source>Dismiss a kept change</source>
        <translation>Écarter une modification conservée</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Compliance against target</source>
        <translation>Conformité par rapport à l&apos;objectif</translation>
    </message>
    <message>
        <source>Met and missed by month</source>
        <translation>Respectés et manqués par mois</translation>
    </message>
    <message>
        <source>Thresholds met per month</source>
        <translation>Seuils respectés par mois</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Demandes traitées</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (catégorie %2)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Conformité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests meeting the threshold</source>
        <translation>Demandes respectant le seuil</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests (%4), target %5</source>
        <translation>%1&#xa0;: %2 demandes sur %3 (%4), objectif %5</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Aucun chiffre</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Aucune demande</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>Seuils respectés</translation>
    </message>
    <message>
        <source>Months with misses</source>
        <translation>Mois avec des manquements</translation>
    </message>
    <message>
        <source>Share of defined thresholds met</source>
        <translation>Part des seuils définis respectés</translation>
    </message>
    <message>
        <source>Requests (summed over the category&apos;s metrics)</source>
        <translation>Demandes (total des mesures de la catégorie)</translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation>%1, %2&#xa0;: %3 demandes</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>aucune demande</translation>
    </message>
    <message>
        <source>%1 of %2 met (%3; target %4)</source>
        <translation>%1 sur %2 respectés (%3&#xa0;; objectif %4)</translation>
    </message>
    <message>
        <source>%1 · %2
%3: %4</source>
        <translation>%1 · %2
%3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>PeriodicAudits</name>
    <message>
        <source>Commissioning the audit needs the independent organisation and the date.</source>
        <translation>La commande de l&apos;audit exige l&apos;organisme indépendant et la date.</translation>
    </message>
    <message>
        <source>The audit&apos;s report is recorded already.</source>
        <translation>Le rapport de l&apos;audit est déjà enregistré.</translation>
    </message>
    <message>
        <source>The report cannot be received before the audit was commissioned (%1).</source>
        <translation>Le rapport ne peut pas être reçu avant la commande de l&apos;audit (%1).</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Rapport d&apos;audit</translation>
    </message>
    <message>
        <source>The results are published once the audit&apos;s report is received.</source>
        <translation>Les résultats sont publiés une fois le rapport d&apos;audit reçu.</translation>
    </message>
    <message>
        <source>The audit&apos;s results are published already.</source>
        <translation>Les résultats de l&apos;audit sont déjà publiés.</translation>
    </message>
    <message>
        <source>Publishing the results needs the date, where, and the public summary.</source>
        <translation>La publication des résultats exige la date, le lieu et le résumé public.</translation>
    </message>
    <message>
        <source>Community feedback is sought on the published results; publish them first.</source>
        <translation>Les avis de la communauté sont sollicités sur les résultats publiés&#xa0;; publiez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Say when the feedback closed and what it said.</source>
        <translation>Indiquez quand la période d&apos;avis s&apos;est close et ce qui en est ressorti.</translation>
    </message>
    <message>
        <source>Change requests come from the audit&apos;s report; it is not received yet.</source>
        <translation>Les demandes de modification découlent du rapport d&apos;audit&#xa0;; il n&apos;est pas encore reçu.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Une demande de modification doit avoir un titre.</translation>
    </message>
    <message>
        <source>From the periodic audit by %1</source>
        <translation>Issu de l&apos;audit périodique réalisé par %1</translation>
    </message>
    <message>
        <source>There is no periodic audit #%1.</source>
        <translation>Il n&apos;existe pas d&apos;audit périodique n° %1.</translation>
    </message>
    <message>
        <source>feedback collected</source>
        <translation>avis recueillis</translation>
    </message>
    <message>
        <source>feedback collected; %1 change request(s) opened</source>
        <translation>avis recueillis&#xa0;; %1 demande(s) de modification ouverte(s)</translation>
    </message>
    <message>
        <source>results published</source>
        <translation>résultats publiés</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>rapport reçu</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>commandé</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Seeing confidential material</source>
        <translation>Consulter les documents confidentiels</translation>
    </message>
    <message>
        <source>Changing cases</source>
        <translation>Modifier les dossiers</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Editing meetings and minutes</source>
        <translation>Modifier les réunions et les procès-verbaux</translation>
    </message>
    <message>
        <source>Approving minutes</source>
        <translation>Approuver les procès-verbaux</translation>
    </message>
    <message>
        <source>Publishing minutes</source>
        <translation>Publier les procès-verbaux</translation>
    </message>
    <message>
        <source>Managing the committee&apos;s records</source>
        <translation>Gérer les registres du comité</translation>
    </message>
    <message>
        <source>Importing performance figures</source>
        <translation>Importer les chiffres de performance</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Completing your action items</source>
        <translation>Terminer vos points d&apos;action</translation>
    </message>
    <message>
        <source>Exporting review copies and merging them back</source>
        <translation>Exporter les copies de relecture et les réintégrer</translation>
    </message>
    <message>
        <source>%1 is not possible in a review copy: case steps, the service level catalogue, the roster and the minutes&apos; text belong to the committee&apos;s database. Comment, approve, vote or complete your action items here instead.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas possible dans une copie de relecture&#xa0;: les étapes des dossiers, le catalogue des niveaux de service, la liste des membres et le texte des procès-verbaux relèvent de la base de données du comité. Ici, vous pouvez plutôt commenter, approuver, voter ou terminer vos points d&apos;action.</translation>
    </message>
    <message>
        <source>%1 needs the role %2; you are signed in as %3.</source>
        <translation>«&#xa0;%1&#xa0;» exige le rôle %2&#xa0;; vous êtes connecté en tant que %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Recording the committee&apos;s rating of a month</source>
        <translation>Enregistrer l&apos;évaluation d&apos;un mois par le comité</translation>
    </message>
</context>
<context>
    <name>PersistentMissCases</name>
    <message>
        <source>Persistent miss: %1</source>
        <translation>Manquement persistant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The committee&apos;s evaluation found this service level missed in %n recent month(s): %1.</source>
        <translation>
            <numerusform>L&apos;évaluation du comité a constaté que ce niveau de service a été manqué %n mois récent&#xa0;: %1.</numerusform>
            <numerusform>L&apos;évaluation du comité a constaté que ce niveau de service a été manqué %n mois récents&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité permanent des clients</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The server refused a statement.</source>
        <translation>Le serveur a refusé une instruction.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>La table %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The table %1 could not be written.</source>
        <translation>La table %1 n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>A row of %1 could not be copied (row %2).</source>
        <translation>Une ligne de %1 n&apos;a pas pu être copiée (ligne %2).</translation>
    </message>
    <message>
        <source>The committee&apos;s identity could not be read.</source>
        <translation>L&apos;identité du comité n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The committee&apos;s roles and access rules could not be set up (the connecting role needs CREATEROLE, or an administrator creates the cscdesk_* roles first).</source>
        <translation>Les rôles et règles d&apos;accès du comité n&apos;ont pas pu être configurés (le rôle de connexion doit disposer de CREATEROLE, ou un administrateur doit d&apos;abord créer les rôles cscdesk_*).</translation>
    </message>
    <message>
        <source>The server did not answer the audit chain check.</source>
        <translation>Le serveur n’a pas répondu à la vérification de la chaîne d’audit.</translation>
    </message>
</context>
<context>
    <name>ProblemManagementProcess</name>
    <message>
        <source>Problem Management</source>
        <translation>Gestion des problèmes</translation>
    </message>
    <message>
        <source>A critical, persistent or systemic failure the committee takes up itself.</source>
        <translation>Une défaillance critique, persistante ou systémique dont le comité se saisit lui-même.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>1 · Failure reported to the IFO</source>
        <translation>1 · Défaillance signalée à l&apos;IFO</translation>
    </message>
    <message>
        <source>The committee reported the significant failure and requested a response.</source>
        <translation>Le comité a signalé la défaillance importante et demandé une réponse.</translation>
    </message>
    <message>
        <source>Technical expert team</source>
        <translation>Équipe d&apos;experts techniques</translation>
    </message>
    <message>
        <source>Committee and experts</source>
        <translation>Comité et experts</translation>
    </message>
    <message>
        <source>Experts find the root cause with the IFO and advise whether the failure is critical or systemic.</source>
        <translation>Les experts recherchent la cause première avec l&apos;IFO et indiquent si la défaillance est critique ou systémique.</translation>
    </message>
    <message>
        <source>2 · Remedial action directed</source>
        <translation>2 · Mesures correctives ordonnées</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The committee directed remedial action within a specified period; escalation levels apply.</source>
        <translation>Le comité a ordonné des mesures correctives dans un délai déterminé&#xa0;; les niveaux de recours s&apos;appliquent.</translation>
    </message>
    <message>
        <source>3 · Confirming completion</source>
        <translation>3 · Confirmation de l&apos;achèvement</translation>
    </message>
    <message>
        <source>The committee checks that the remedial action was completed.</source>
        <translation>Le comité vérifie que les mesures correctives ont été menées à bien.</translation>
    </message>
    <message>
        <source>4 · Mediation</source>
        <translation>4 · Médiation</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>Comité et médiateur externe</translation>
    </message>
    <message>
        <source>Remediation was unsatisfactory; a mediator is involved.</source>
        <translation>Les mesures correctives ont été insatisfaisantes&#xa0;; un médiateur externe intervient.</translation>
    </message>
    <message>
        <source>5 · Binding Appeals Panel</source>
        <translation>5 · Comité d&apos;appel contraignant</translation>
    </message>
    <message>
        <source>Mediation failed; a binding Independent Appeals Panel was initiated.</source>
        <translation>La médiation a échoué&#xa0;; une procédure contraignante devant le Comité d&apos;appel indépendant a été engagée.</translation>
    </message>
    <message>
        <source>Escalated to ccNSO and GNSO Councils</source>
        <translation>Porté devant les conseils de la ccNSO et de la GNSO</translation>
    </message>
    <message>
        <source>ccNSO and GNSO Councils</source>
        <translation>Conseils de la ccNSO et de la GNSO</translation>
    </message>
    <message>
        <source>Unremedied to the committee&apos;s satisfaction; escalated to the Councils.</source>
        <translation>Non corrigé à la satisfaction du comité&#xa0;; porté devant les conseils.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Remedied to the committee&apos;s satisfaction.</source>
        <translation>Corrigé à la satisfaction du comité.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Closed by the committee without further action.</source>
        <translation>Clos par le comité sans autre suite.</translation>
    </message>
    <message>
        <source>Appoint a technical expert team</source>
        <translation>Nommer une équipe d&apos;experts techniques</translation>
    </message>
    <message>
        <source>Response inadequate: direct remedial action</source>
        <translation>Réponse insuffisante&#xa0;: ordonner des mesures correctives</translation>
    </message>
    <message>
        <source>IFO&apos;s response</source>
        <translation>Réponse de l&apos;IFO</translation>
    </message>
    <message>
        <source>Response adequate: resolve</source>
        <translation>Réponse suffisante&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>Direct remedial action on the experts&apos; advice</source>
        <translation>Ordonner des mesures correctives sur l&apos;avis des experts</translation>
    </message>
    <message>
        <source>Expert team&apos;s report</source>
        <translation>Rapport de l&apos;équipe d&apos;experts</translation>
    </message>
    <message>
        <source>Not critical or systemic: resolve</source>
        <translation>Ni critique ni systémique&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>IFO reports completion</source>
        <translation>L&apos;IFO signale l&apos;achèvement</translation>
    </message>
    <message>
        <source>Confirm completion</source>
        <translation>Confirmer l&apos;achèvement</translation>
    </message>
    <message>
        <source>Remediation unsatisfactory: involve a mediator</source>
        <translation>Mesures correctives insatisfaisantes&#xa0;: faire intervenir un médiateur externe</translation>
    </message>
    <message>
        <source>Mediation failed: initiate a binding panel</source>
        <translation>Échec de la médiation&#xa0;: engager une procédure d&apos;appel contraignante</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>Rapport du médiateur externe</translation>
    </message>
    <message>
        <source>Mediation succeeded: resolve</source>
        <translation>Médiation réussie&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>Panel finding: resolve</source>
        <translation>Décision du comité d&apos;appel&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>Escalate to the ccNSO and GNSO Councils</source>
        <translation>Porter devant les conseils de la ccNSO et de la GNSO</translation>
    </message>
    <message>
        <source>Remedied after escalation: resolve</source>
        <translation>Corrigé après recours&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>Close without further action</source>
        <translation>Clore sans autre suite</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>Comité d&apos;appel&#xa0;: délai de correction</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>Le comité d&apos;appel a constaté un manquement réparable&#xa0;; l&apos;IFO dispose du délai fixé.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Autres voies de recours</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>Manquement irréparable, ou correction non effectuée à temps&#xa0;: les autres voies de recours sont ouvertes.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>Décision du comité d&apos;appel&#xa0;: manquement réparable</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>Décision du comité d&apos;appel&#xa0;: manquement irréparable</translation>
    </message>
    <message>
        <source>Remedy confirmed: resolve</source>
        <translation>Correction confirmée&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Rapport de l&apos;IFO sur la correction</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Correction non effectuée à temps</translation>
    </message>
    <message>
        <source>Further escalation concluded: resolve</source>
        <translation>Recours supplémentaire clos&#xa0;: résoudre</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur externe</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Comité d&apos;appel</translation>
    </message>
</context>
<context>
    <name>ProcessDefinition</name>
    <message>
        <source>“%1” is not a step of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape de la procédure «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The case is already at “%1”.</source>
        <translation>Le dossier est déjà à l&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is an end state: a closed case is not reopened. Open a new case and link it.</source>
        <translation>«&#xa0;%1&#xa0;» est un état final&#xa0;: un dossier clos n&apos;est pas rouvert. Ouvrez un nouveau dossier et liez-le.</translation>
    </message>
    <message>
        <source>The committee has no active role in a %1; the case is only logged for the record.</source>
        <translation>Le comité n&apos;a pas de rôle actif dans la procédure «&#xa0;%1&#xa0;»&#xa0;; le dossier est seulement consigné pour mémoire.</translation>
    </message>
    <message>
        <source>A case does not go back from “%1” to the earlier step “%2” (Undo reverses a move just made). From here it can move to %3.</source>
        <translation>Un dossier ne revient pas de «&#xa0;%1&#xa0;» à l&apos;étape antérieure «&#xa0;%2&#xa0;» (Annuler défait un changement d&apos;étape qui vient d&apos;être fait). À partir d&apos;ici, il peut passer à %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot move from “%2” to “%3”. From here it can move to %4.</source>
        <translation>%1 ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;». À partir d&apos;ici, il peut passer à %4.</translation>
    </message>
</context>
<context>
    <name>ProcessPublicTexts</name>
    <message>
        <source>Independent Appeals Panel finding %1</source>
        <translation>Décision %1 du Comité d&apos;appel indépendant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décision rendue le</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Remedy period</source>
        <translation>Délai de correction</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>The finding of %1 is not published yet.</source>
        <translation>La décision de %1 n&apos;est pas encore publiée.</translation>
    </message>
    <message>
        <source>%1 is a table-top exercise; it has no public output.</source>
        <translation>%1 est un exercice sur table&#xa0;; il ne fait l&apos;objet d&apos;aucune publication.</translation>
    </message>
    <message>
        <source>Annual consultation, %1</source>
        <translation>Consultation annuelle, %1</translation>
    </message>
    <message>
        <source>Update to the direct customers, %1</source>
        <translation>Point d&apos;information aux clients directs, %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Technical change: %1</source>
        <translation>Changement technique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO</source>
        <translation>Plan de mise en œuvre convenu avec l&apos;IFO</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>Période de RFC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation>Commentaires reçus</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>Déclaration de l&apos;IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement</source>
        <translation>La déclaration de l&apos;IFO</translation>
    </message>
    <message>
        <source>The audit&apos;s results are not published yet.</source>
        <translation>Les résultats de l&apos;audit ne sont pas encore publiés.</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance, %1</source>
        <translation>Audit indépendant de la performance de l&apos;IFO, %1</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Rapport reçu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Community feedback until</source>
        <translation>Avis de la communauté jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>PublicOutputs</name>
    <message>
        <source>Findings for %1, decided by the committee on %2.</source>
        <translation>Constatations pour %1, décidées par le comité le %2.</translation>
    </message>
    <message>
        <source>Findings for %1 (draft, not yet decided by the committee).</source>
        <translation>Constatations pour %1 (projet, pas encore décidé par le comité).</translation>
    </message>
    <message>
        <source>“%1” is not a public output.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une publication.</translation>
    </message>
    <message>
        <source>The %1 is not published as “%2”: use %3.</source>
        <translation>Ce document (%1) n&apos;est pas publié au format «&#xa0;%2&#xa0;»&#xa0;: utilisez %3.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Rien n&apos;a encore été publié.</translation>
    </message>
    <message>
        <source>The %1 is not a paged document.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un document paginé.</translation>
    </message>
</context>
<context>
    <name>PublicSite</name>
    <message>
        <source>Minutes of the meeting of %1</source>
        <translation>Procès-verbal de la réunion du %1</translation>
    </message>
    <message>
        <source>Findings on IFO performance, %1</source>
        <translation>Constatations sur la performance de l&apos;IFO, %1</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>None published yet.</source>
        <translation>Rien de publié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The committee&apos;s public record</source>
        <translation>Les documents publics du comité</translation>
    </message>
    <message>
        <source>The minutes, findings, work plan and calendar of the Customer Standing Committee, as published. New documents are announced in the feed.</source>
        <translation>Les procès-verbaux, constatations, plan de travail et calendrier du Comité permanent des clients, tels que publiés. Les nouveaux documents sont annoncés dans le flux.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Flux Atom</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>Constatations sur la performance de l&apos;IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Updated on %1.</source>
        <translation>Mis à jour le %1.</translation>
    </message>
    <message>
        <source>%1: published documents</source>
        <translation>%1&#xa0;: documents publiés</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Publishing the site was cancelled; %1 of %2 files are up to date.</source>
        <translation>La publication du site a été annulée&#xa0;; %1 fichiers sur %2 sont à jour.</translation>
    </message>
</context>
<context>
    <name>PublicationPlace</name>
    <message>
        <source>Say where the minutes are published: a web address (https://…) or the mailing list they went to.</source>
        <translation>Indiquez où le procès-verbal est publié&#xa0;: une adresse web (https://…) ou la liste de diffusion à laquelle il a été envoyé.</translation>
    </message>
    <message>
        <source>“%1” is not a web address or a mailing list address. Give the address where the minutes can be read, such as https://example.org/csc/minutes or the list&apos;s e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse web ni l&apos;adresse d&apos;une liste de diffusion. Indiquez l&apos;adresse où le procès-verbal peut être consulté, par exemple https://example.org/csc/minutes, ou l&apos;adresse électronique de la liste.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSC Desk</source>
        <translation>CSC Desk</translation>
    </message>
    <message>
        <source>CSC Desk cannot open the database</source>
        <translation>CSC Desk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>There is no section “%1”; use one of: %2.</source>
        <translation>Il n&apos;y a pas de section «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>Il n&apos;y a pas de base de données dans %1. Y créer une nouvelle base de données de comité&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RatedMonths</name>
    <message>
        <source>The figures of %1 cannot change: the committee has rated that month, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>Les chiffres de %1 ne peuvent pas changer&#xa0;: le comité a évalué ce mois, et un mois évalué est consigné. Le président doit d&apos;abord rouvrir son évaluation, par une décision consignée.</translation>
    </message>
    <message>
        <source>%1 cannot take effect in %2: the committee has already rated %3, and a change never rewrites a month already rated. Choose %4 or later.</source>
        <translation>%1 ne peut pas prendre effet en %2&#xa0;: le comité a déjà évalué %3, et une modification ne réécrit jamais un mois déjà évalué. Choisissez %4 ou un mois ultérieur.</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>There is no member “%1” on the roster.</source>
        <translation>Il n&apos;y a pas de membre «&#xa0;%1&#xa0;» dans la liste des membres.</translation>
    </message>
    <message>
        <source>This is already a review copy; export review copies from the committee&apos;s database.</source>
        <translation>Ceci est déjà une copie de relecture&#xa0;; exportez les copies de relecture depuis la base de données du comité.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the review copy.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau fichier pour la copie de relecture.</translation>
    </message>
    <message>
        <source>This database is not a review copy; there are no changes to send back.</source>
        <translation>Cette base de données n&apos;est pas une copie de relecture&#xa0;; il n&apos;y a aucune modification à renvoyer.</translation>
    </message>
    <message>
        <source>A review copy is recorded in the committee&apos;s database when it is made, and this one is read-only: %1</source>
        <translation>Une copie de relecture est enregistrée dans la base de données du comité lors de sa création, et celle-ci est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>review copy %1 for %2 (%3)</source>
        <translation>copie de relecture %1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>The review copy “%1” could not be made; nothing was written there.</source>
        <translation>La copie de relecture «&#xa0;%1&#xa0;» n&apos;a pas pu être créée&#xa0;; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The committee&apos;s database could not be read.</source>
        <translation>La base de données du comité n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside it.</source>
        <translation>Impossible de créer un fichier temporaire à côté.</translation>
    </message>
    <message>
        <source>The review copy could not be saved to the disk.</source>
        <translation>La copie de relecture n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The finished review copy failed its check.</source>
        <translation>La copie de relecture terminée a échoué à la vérification.</translation>
    </message>
    <message>
        <source>The review copy could not be put at “%1”.</source>
        <translation>La copie de relecture n&apos;a pas pu être placée dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReviewMerge</name>
    <message>
        <source>A change to %1</source>
        <translation>Une modification de %1</translation>
    </message>
    <message>
        <source>this kind of record cannot be changed from a review copy</source>
        <translation>ce type d&apos;enregistrement ne peut pas être modifié depuis une copie de relecture</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” names a review copy this database never issued; it is refused and nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» désigne une copie de relecture que cette base de données n&apos;a jamais émise&#xa0;; il est refusé et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was altered or damaged after it was written: its seal does not match the review copy it names (issued to %2). It is refused and nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ou endommagé après son écriture&#xa0;: son sceau ne correspond pas à la copie de relecture qu&apos;il désigne (émise pour %2). Il est refusé et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” claims to come from %2, but its review copy was issued to %3. It is refused and nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» prétend provenir de %2, mais sa copie de relecture a été émise pour %3. Il est refusé et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was merged already (%2); a changes file merges once. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été intégré (%2)&#xa0;; un fichier de modifications ne s&apos;intègre qu&apos;une fois. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Agent de liaison</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>RootZoneEmergencyProcess</name>
    <message>
        <source>Root Zone Emergency</source>
        <translation>Urgence de la zone racine</translation>
    </message>
    <message>
        <source>Expedited handling between a TLD manager and the IFO, logged for the record only.</source>
        <translation>Traitement accéléré entre un gestionnaire de TLD et l&apos;IFO, consigné pour mémoire uniquement.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>TLD manager and IFO</source>
        <translation>Gestionnaire de TLD et IFO</translation>
    </message>
    <message>
        <source>Handled between the TLD manager and the IFO; the committee keeps the record.</source>
        <translation>Traité entre le gestionnaire de TLD et l&apos;IFO&#xa0;; le comité conserve la trace.</translation>
    </message>
    <message>
        <source>Closed for the record</source>
        <translation>Clos pour mémoire</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>The emergency is over; the record stays for pattern analysis.</source>
        <translation>L&apos;urgence est terminée&#xa0;; la trace est conservée pour l&apos;analyse des tendances.</translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation>Clore la trace</translation>
    </message>
</context>
<context>
    <name>RosterChanges</name>
    <message>
        <source>%1 attended or sent apologies to a meeting</source>
        <translation>%1 a assisté à une réunion ou s&apos;en est fait excuser</translation>
    </message>
    <message>
        <source>%1 voted on a decision</source>
        <translation>%1 a voté sur une décision</translation>
    </message>
    <message>
        <source>%1 owns an action item</source>
        <translation>%1 est responsable d&apos;un point d&apos;action</translation>
    </message>
    <message>
        <source>%1 commented on minutes</source>
        <translation>%1 a commenté un procès-verbal</translation>
    </message>
    <message>
        <source>%1, so they are part of the committee&apos;s record and cannot be removed. End their term instead.</source>
        <translation>%1&#xa0;; ce membre fait donc partie des registres du comité et ne peut pas être supprimé. Mettez plutôt fin à son mandat.</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of seat (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de siège (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni yes ni no.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not primary or secondary.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni primary ni secondary.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>%1 with a term from %2 is already on line %3.</source>
        <translation>%1, avec un mandat commençant le %2, figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <source>%1 is already on the roster with different details; edit the member instead.</source>
        <translation>%1 figure déjà dans la liste des membres avec des informations différentes&#xa0;; modifiez plutôt ce membre.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fill in at least the database name of the shared server.</source>
        <translation>Indiquez au moins le nom de la base de données du serveur partagé.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; you connect as %2.</source>
        <translation>Connecté à %1 : un comité CSC Desk ; vous vous connectez en tant que %2.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; your database role has no committee role, so you read what the server allows.</source>
        <translation>Connecté à %1 : un comité CSC Desk ; votre rôle de base de données n’a pas de rôle au comité : vous lisez ce que le serveur permet.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Shared Server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>The password of your database role on %1 (used for this connection only; to connect without asking, put it in ~/.pgpass):</source>
        <translation>Le mot de passe de votre rôle de base de données sur %1 (pour cette connexion seulement ; pour vous connecter sans qu’il soit demandé, mettez-le dans ~/.pgpass) :</translation>
    </message>
    <message>
        <source>The server refused that password. Your password on %1:</source>
        <translation>Le serveur a refusé ce mot de passe. Votre mot de passe sur %1 :</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCatalogue</name>
    <message>
        <source>A version needs the month it takes effect.</source>
        <translation>Une version doit indiquer le mois de son entrée en vigueur.</translation>
    </message>
    <message>
        <source>The threshold must be a positive duration.</source>
        <translation>Le seuil doit être une durée positive.</translation>
    </message>
    <message>
        <source>The compliance target must be between 0 and 100%.</source>
        <translation>L&apos;objectif de conformité doit être compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>There is no service level number %1.</source>
        <translation>Il n&apos;existe pas de niveau de service numéro %1.</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de procédure (I à V).</translation>
    </message>
    <message>
        <source>A service level needs a metric name.</source>
        <translation>Un niveau de service doit avoir un nom de mesure.</translation>
    </message>
    <message>
        <source>Category %1 already has a metric “%2”.</source>
        <translation>La catégorie %1 a déjà une mesure «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Une demande de modification doit avoir un titre.</translation>
    </message>
    <message>
        <source>A change request needs the month it takes effect.</source>
        <translation>Une demande de modification doit indiquer le mois de son entrée en vigueur.</translation>
    </message>
    <message>
        <source>A change request must change at least one service level.</source>
        <translation>Une demande de modification doit modifier au moins un niveau de service.</translation>
    </message>
    <message>
        <source>Service level %1 already has a version from %2; a new one must start later.</source>
        <translation>Le niveau de service %1 a déjà une version à partir de %2&#xa0;; une nouvelle version doit commencer plus tard.</translation>
    </message>
    <message>
        <source>Could not rename the metric; is the name already used in its category?</source>
        <translation>Impossible de renommer la mesure&#xa0;; le nom est-il déjà utilisé dans sa catégorie&#xa0;?</translation>
    </message>
    <message>
        <source>A new service level</source>
        <translation>Un nouveau niveau de service</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>Une modification</translation>
    </message>
    <message>
        <source>Retiring a service level</source>
        <translation>Retrait d&apos;un niveau de service</translation>
    </message>
    <message>
        <source>Bringing back a retired service level</source>
        <translation>Rétablissement d&apos;un niveau de service retiré</translation>
    </message>
</context>
<context>
    <name>SetupCsvTable</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a set-up file holds at most %2 MB.</source>
        <translation>Le fichier fait %1 Mo&#xa0;; un fichier de configuration fait au plus %2 Mo.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Broken quoting (%1).</source>
        <translation>Guillemets mal formés (%1).</translation>
    </message>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>Le texte n&apos;est pas en UTF-8.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>The header has no “%1” column.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>Le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>SleText</name>
    <message>
        <source>I — Routine updates affecting the root zone</source>
        <translation>I — Mises à jour courantes touchant la zone racine</translation>
    </message>
    <message>
        <source>II — Routine updates not affecting the root zone</source>
        <translation>II — Mises à jour courantes ne touchant pas la zone racine</translation>
    </message>
    <message>
        <source>III — Creating or transferring a gTLD</source>
        <translation>III — Création ou transfert d&apos;un gTLD</translation>
    </message>
    <message>
        <source>IV — Creating or transferring a ccTLD</source>
        <translation>IV — Création ou transfert d&apos;un ccTLD</translation>
    </message>
    <message>
        <source>V — Other change requests</source>
        <translation>V — Autres demandes de modification</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Bulk load failed.</source>
        <translation>Le chargement en masse a échoué.</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Save: save your version over theirs now (the audit trail keeps both).
Discard: drop your version and show theirs.</source>
        <translation>Enregistrer : enregistrer votre version par-dessus la leur maintenant (la piste d’audit garde les deux).
Abandonner : abandonner votre version et afficher la leur.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nothing can be changed: %1</source>
        <translation>Aucune modification possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written.</source>
        <translation>La base de données est occupée ou ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>La base de données ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The changes could not be saved (is the disk full?); nothing was written.</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées (le disque est-il plein&#xa0;?)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>UrgentReviews</name>
    <message>
        <source>An urgent review needs a title.</source>
        <translation>Un examen urgent doit avoir un titre.</translation>
    </message>
    <message>
        <source>An urgent review needs its evidence: the extreme event, or the disputes that make the breach systemic.</source>
        <translation>Un examen urgent doit avoir ses éléments probants&#xa0;: l&apos;événement extrême, ou les différends qui rendent le manquement systémique.</translation>
    </message>
    <message>
        <source>Urgent review evidence</source>
        <translation>Éléments probants de l&apos;examen urgent</translation>
    </message>
    <message>
        <source>Consent is given by the ccTLD or the gTLD customers.</source>
        <translation>Le consentement est donné par les clients ccTLD ou gTLD.</translation>
    </message>
    <message>
        <source>A consent needs who gave it, by what means and when.</source>
        <translation>Un consentement doit indiquer qui l&apos;a donné, par quel moyen et quand.</translation>
    </message>
    <message>
        <source>A consent needs its evidence: attach the document.</source>
        <translation>Un consentement doit avoir ses éléments probants&#xa0;: joignez le document.</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>Consentement des clients</translation>
    </message>
    <message>
        <source>the ccTLD customers</source>
        <translation>les clients ccTLD</translation>
    </message>
    <message>
        <source>the gTLD customers</source>
        <translation>les clients gTLD</translation>
    </message>
    <message>
        <source>Urgent review “%1” is not open.</source>
        <translation>L&apos;examen urgent «&#xa0;%1&#xa0;» n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The Further Escalation Options need the explicit consent of the ccTLD and gTLD customers; not yet recorded: %1.</source>
        <translation>Les autres voies de recours exigent le consentement explicite des clients ccTLD et gTLD&#xa0;; pas encore enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Say on what ground the Further Escalation Options are opened.</source>
        <translation>Indiquez pour quel motif les autres voies de recours sont ouvertes.</translation>
    </message>
    <message>
        <source>Urgent review “%1” is concluded already.</source>
        <translation>L&apos;examen urgent «&#xa0;%1&#xa0;» est déjà clos.</translation>
    </message>
    <message>
        <source>Concluding an urgent review needs its outcome.</source>
        <translation>La clôture d&apos;un examen urgent exige son résultat.</translation>
    </message>
    <message>
        <source>There is no urgent review #%1.</source>
        <translation>Il n&apos;existe pas d&apos;examen urgent n° %1.</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>A work item needs a title.</source>
        <translation>Un élément de travail doit avoir un titre.</translation>
    </message>
    <message>
        <source>The work item is no longer there.</source>
        <translation>L&apos;élément de travail n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>WorkPlanExporter</name>
    <message>
        <source>Work plan of the Customer Standing Committee</source>
        <translation>Plan de travail du Comité permanent des clients</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Élément de travail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No public work items.</source>
        <translation>Aucun élément de travail public.</translation>
    </message>
    <message>
        <source>Work plan as of %1.</source>
        <translation>Plan de travail au %1.</translation>
    </message>
</context>
<context>
    <name>csc</name>
    <message>
        <source>Imports the IFO&apos;s figures from a CSV file (per request or per month).</source>
        <translation>Importe les chiffres de l&apos;IFO depuis un fichier CSV (par demande ou par mois).</translation>
    </message>
    <message>
        <source>Replace months that were already imported.</source>
        <translation>Remplacer les mois déjà importés.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>sle import needs exactly one FILE</source>
        <translation>sle import exige exactement un FICHIER</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2) for %3.</source>
        <translation>%1 lignes importées (%2) pour %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problème.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures for %1 were already imported; nothing was changed. Run again with --replace to replace them.</source>
        <translation>Les chiffres de %1 ont déjà été importés&#xa0;; rien n&apos;a été modifié. Relancez avec --replace pour les remplacer.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not “%1”</source>
        <translation>--month doit être au format AAAA-MM, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Shows a month&apos;s evaluation against the service levels.</source>
        <translation>Affiche l&apos;évaluation d&apos;un mois au regard des niveaux de service.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>Le mois, AAAA-MM.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>--format doit être table, csv ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Proposed rating: %1</source>
        <translation>Évaluation proposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decided rating: %1</source>
        <translation>Évaluation décidée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Writes the monthly findings report for public posting.</source>
        <translation>Rédige le rapport mensuel de constatations à publier.</translation>
    </message>
    <message>
        <source>pdf or html.</source>
        <translation>pdf ou html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>--format must be pdf or html, not “%1”</source>
        <translation>--format doit être pdf ou html, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>Constatations pour %1 écrites dans %2</translation>
    </message>
    <message>
        <source>unknown sle subcommand “%1”; %2</source>
        <translation>sous-commande sle «&#xa0;%1&#xa0;» inconnue&#xa0;; %2</translation>
    </message>
    <message>
        <source>meeting no. %1</source>
        <translation>réunion n° %1</translation>
    </message>
    <message>
        <source>a meeting no longer on record</source>
        <translation>une réunion qui ne figure plus dans les registres</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>comments are added, never edited or removed</source>
        <translation>les commentaires sont ajoutés, jamais modifiés ni supprimés</translation>
    </message>
    <message>
        <source>Review of the minutes of %1</source>
        <translation>Relecture du procès-verbal de %1</translation>
    </message>
    <message>
        <source>reviews are added, never edited or removed</source>
        <translation>les relectures sont ajoutées, jamais modifiées ni supprimées</translation>
    </message>
    <message>
        <source>Approval of the minutes of %1</source>
        <translation>Approbation du procès-verbal de %1</translation>
    </message>
    <message>
        <source>Request for changes to the minutes of %1</source>
        <translation>Demande de modifications du procès-verbal de %1</translation>
    </message>
    <message>
        <source>Comment on the minutes of %1</source>
        <translation>Commentaire sur le procès-verbal de %1</translation>
    </message>
    <message>
        <source>Vote “%1” on decision %2</source>
        <translation>Vote «&#xa0;%1&#xa0;» sur la décision %2</translation>
    </message>
    <message>
        <source>a vote cannot be withdrawn from a review copy</source>
        <translation>un vote ne peut pas être retiré depuis une copie de relecture</translation>
    </message>
    <message>
        <source>a review copy only carries its own member&apos;s vote</source>
        <translation>une copie de relecture ne contient que le vote de son propre membre</translation>
    </message>
    <message>
        <source>%1 marked done</source>
        <translation>%1 marqué comme terminé</translation>
    </message>
    <message>
        <source>Action item %1 marked done</source>
        <translation>Point d&apos;action %1 marqué comme terminé</translation>
    </message>
    <message>
        <source>action items are created and removed by the secretariat</source>
        <translation>les points d&apos;action sont créés et supprimés par le secrétariat</translation>
    </message>
    <message>
        <source>it was marked done meanwhile (note: “%1”)</source>
        <translation>il a été marqué comme terminé entre-temps (note&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Records the committee&apos;s rating of a month (the chair&apos;s decision).</source>
        <translation>Enregistre l&apos;évaluation d&apos;un mois par le comité (décision du président).</translation>
    </message>
    <message>
        <source>The rating: Excellent, Satisfactory or the lower label.</source>
        <translation>L&apos;évaluation&#xa0;: Excellent, Satisfaisant ou le libellé inférieur.</translation>
    </message>
    <message>
        <source>The date of the decision (default: today).</source>
        <translation>La date de la décision (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Redraft a statement edited by hand for another rating.</source>
        <translation>Rédiger à nouveau un texte modifié à la main pour une autre évaluation.</translation>
    </message>
    <message>
        <source>Keep such an edit (the report then cannot be exported until they agree).</source>
        <translation>Conserver une telle modification (le rapport ne pourra alors pas être exporté tant qu&apos;ils ne concorderont pas).</translation>
    </message>
    <message>
        <source>--rating RATING is required</source>
        <translation>--rating RATING est obligatoire</translation>
    </message>
    <message>
        <source>--redraft and --keep-edit exclude each other</source>
        <translation>--redraft et --keep-edit s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--on must be YYYY-MM-DD, not “%1”</source>
        <translation>--on doit être au format YYYY-MM-DD, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rating of %1 recorded: %2</source>
        <translation>Évaluation de %1 enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reopens a rated month (the chair&apos;s recorded decision), so its figures may change.</source>
        <translation>Rouvre un mois évalué (décision consignée du président), afin que ses chiffres puissent changer.</translation>
    </message>
    <message>
        <source>The reason, kept in the record.</source>
        <translation>Le motif, conservé pour mémoire.</translation>
    </message>
    <message>
        <source>--why TEXT is required</source>
        <translation>--why TEXT est obligatoire</translation>
    </message>
    <message>
        <source>Rating of %1 reopened</source>
        <translation>Évaluation de %1 rouverte</translation>
    </message>
    <message>
        <source>usage: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</source>
        <translation>usage : cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1&#xa0;: %2 ajouté(s), %3 déjà présent(s).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imports %1 from FILE, all or nothing.</source>
        <translation>Importe %1 depuis FILE, en tout ou rien.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Exports %1 (to stdout without --out).</source>
        <translation>Exporte %1 (vers la sortie standard sans --out).</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 écrit dans %2</translation>
    </message>
    <message>
        <source>unknown %1 subcommand “%2”</source>
        <translation>sous-commande %1 «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>Creates a new, empty committee database: cscdesk init --db PATH --committee NAME.</source>
        <translation>Crée une nouvelle base de données de comité, vide&#xa0;: cscdesk init --db PATH --committee NAME.</translation>
    </message>
    <message>
        <source>The committee&apos;s name.</source>
        <translation>Le nom du comité.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>Le nouveau fichier de base de données (ne doit pas exister).</translation>
    </message>
    <message>
        <source>--db PATH is required (the new database file)</source>
        <translation>--db PATH est obligatoire (le nouveau fichier de base de données)</translation>
    </message>
    <message>
        <source>--committee NAME is required</source>
        <translation>--committee NAME est obligatoire</translation>
    </message>
    <message>
        <source>New committee “%1” created in %2</source>
        <translation>Nouveau comité «&#xa0;%1&#xa0;» créé dans %2</translation>
    </message>
    <message>
        <source>Next: cscdesk roster import, cscdesk holidays import, cscdesk sle catalogue import, or the set-up assistant in the app.</source>
        <translation>Étape suivante&#xa0;: cscdesk roster import, cscdesk holidays import, cscdesk sle catalogue import, ou l&apos;assistant de configuration de l&apos;application.</translation>
    </message>
    <message>
        <source>usage: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>utilisation&#xa0;: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the roster, for scripting.</source>
        <translation>Affiche la liste des membres, pour les scripts.</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la liste des membres</translation>
    </message>
    <message>
        <source>usage: cscdesk holidays import FILE | export [--out FILE]</source>
        <translation>utilisation&#xa0;: cscdesk holidays import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>le calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Lists every meeting, oldest first.</source>
        <translation>Liste toutes les réunions, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Shows one meeting: DATE (YYYY-MM-DD) or its NUMBER.</source>
        <translation>Affiche une réunion&#xa0;: DATE (YYYY-MM-DD) ou NUMBER (son numéro).</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>La réunion.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>Il n&apos;existe pas de réunion numéro %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor a meeting number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une date (YYYY-MM-DD) ni un numéro de réunion</translation>
    </message>
    <message>
        <source>Meeting %1, %2 (%3), minutes %4</source>
        <translation>Réunion %1, %2 (%3), procès-verbal&#xa0;: %4</translation>
    </message>
    <message>
        <source>Attendance: %1 of %2 present; %3 decision(s); %4 action item(s).</source>
        <translation>Présence&#xa0;: %1 présents sur %2&#xa0;; %3 décision(s)&#xa0;; %4 point(s) d&apos;action.</translation>
    </message>
    <message>
        <source>usage: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</source>
        <translation>utilisation&#xa0;: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</translation>
    </message>
    <message>
        <source>unknown meetings subcommand “%1”; %2</source>
        <translation>sous-commande meetings «&#xa0;%1&#xa0;» inconnue&#xa0;; %2</translation>
    </message>
    <message>
        <source>usage: cscdesk actions list [--open] [--format table|csv|json]</source>
        <translation>utilisation&#xa0;: cscdesk actions list [--open] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Lists action items, for scripting.</source>
        <translation>Liste les points d&apos;action, pour les scripts.</translation>
    </message>
    <message>
        <source>Only pending items.</source>
        <translation>Seulement les points en attente.</translation>
    </message>
    <message>
        <source>usage: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>utilisation&#xa0;: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the service levels with their versions, or those in force in a month.</source>
        <translation>Liste les niveaux de service avec leurs versions, ou ceux en vigueur pendant un mois donné.</translation>
    </message>
    <message>
        <source>Only the definitions in force in this month.</source>
        <translation>Seulement les définitions en vigueur pendant ce mois.</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>le catalogue des niveaux de service</translation>
    </message>
    <message>
        <source>Create a new, empty committee database</source>
        <translation>Créer une nouvelle base de données de comité, vide</translation>
    </message>
    <message>
        <source>The roster: list, import, export</source>
        <translation>La liste des membres&#xa0;: list, import, export</translation>
    </message>
    <message>
        <source>The holiday calendar: import, export</source>
        <translation>Le calendrier des jours fériés&#xa0;: import, export</translation>
    </message>
    <message>
        <source>List meetings or show one</source>
        <translation>Lister les réunions ou en afficher une</translation>
    </message>
    <message>
        <source>List action items</source>
        <translation>Lister les points d&apos;action</translation>
    </message>
</context>
<context>
    <name>csc::ActionItemModel</name>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidentiel)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>csc::AgendaModel</name>
    <message>
        <source> — case %1</source>
        <translation> — dossier %1</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (confidentiel)</translation>
    </message>
    <message>
        <source>Confidential: its minutes section starts confidential and stays out of public minutes.</source>
        <translation>Confidentiel&#xa0;: la section correspondante du procès-verbal est d&apos;abord confidentielle et reste hors du procès-verbal public.</translation>
    </message>
    <message>
        <source>Tick to mark this item confidential.</source>
        <translation>Cochez pour marquer ce point comme confidentiel.</translation>
    </message>
</context>
<context>
    <name>csc::AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <source>New agenda topic</source>
        <translation>Nouveau sujet à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Drag lines or press Ctrl+Up / Ctrl+Down to reorder; tick a line to mark it confidential; open action items are carried over by themselves.</source>
        <translation>Faites glisser les lignes ou appuyez sur Ctrl+Haut / Ctrl+Bas pour les réordonner&#xa0;; cochez une ligne pour la marquer confidentielle&#xa0;; les points d&apos;action en cours sont reportés automatiquement.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add agenda topic</source>
        <translation>Ajouter un sujet à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Supprimer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The agenda item is no longer on the agenda.</source>
        <translation>Ce point ne figure plus à l&apos;ordre du jour.</translation>
    </message>
</context>
<context>
    <name>csc::AtomicFile</name>
    <message>
        <source>The disk is full or a file size limit was reached: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>Le disque est plein ou une limite de taille de fichier a été atteinte&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit. Tout fichier antérieur à cet emplacement a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit. Tout fichier antérieur à cet emplacement a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit. Tout fichier antérieur à cet emplacement a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>csc::AttendanceModel</name>
    <message>
        <source>%1 (does not vote)</source>
        <translation>%1 (ne vote pas)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>csc::CalendarEventModel</name>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>csc::CalendarPage</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>Événements du mois</translation>
    </message>
    <message>
        <source>Dates the obligations are computed from</source>
        <translation>Dates de référence pour le calcul des obligations</translation>
    </message>
    <message>
        <source>Stewardship transition:</source>
        <translation>Transition IANA&#xa0;:</translation>
    </message>
    <message>
        <source>First meeting:</source>
        <translation>Première réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Annual consultation:</source>
        <translation>Consultation annuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Last audit:</source>
        <translation>Dernier audit&#xa0;:</translation>
    </message>
    <message>
        <source>The review team meets 3 years after the transition, then every 4 years.</source>
        <translation>L&apos;équipe de révision se réunit 3 ans après la transition, puis tous les 4 ans.</translation>
    </message>
    <message>
        <source>The charter is reviewed 12 months after the first meeting (default: meeting no. 1).</source>
        <translation>La charte est révisée 12 mois après la première réunion (par défaut&#xa0;: réunion n° 1).</translation>
    </message>
    <message>
        <source>The annual consultation repeats on this day each year.</source>
        <translation>La consultation annuelle a lieu chaque année à cette date.</translation>
    </message>
    <message>
        <source>An independent audit is due every 3 years.</source>
        <translation>Un audit indépendant est dû tous les 3 ans.</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>Enregistrer les dates</translation>
    </message>
    <message>
        <source>Export as iCalendar (.ics)…</source>
        <translation>Exporter au format iCalendar (.ics)…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Export the committee calendar</source>
        <translation>Exporter le calendrier du comité</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendrier écrit dans %1</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>Modifier les dates du calendrier</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vue mensuelle</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
</context>
<context>
    <name>csc::CaseBoard</name>
    <message>
        <source>%1
Acts: %2</source>
        <translation>%1
Acteurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>état final</translation>
    </message>
    <message>
        <source>Cases at the step %1 of %2</source>
        <translation>Dossiers à l&apos;étape %1 de %2</translation>
    </message>
    <message>
        <source>drop here: a legal next step</source>
        <translation>déposer ici&#xa0;: étape suivante autorisée</translation>
    </message>
    <message>
        <source>not a legal next step</source>
        <translation>étape suivante non autorisée</translation>
    </message>
    <message>
        <source>Legal next step: drop the case here</source>
        <translation>Étape suivante autorisée&#xa0;: déposez le dossier ici</translation>
    </message>
</context>
<context>
    <name>csc::CaseCardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d in step</source>
        <translation>
            <numerusform>%n j à l&apos;étape</numerusform>
            <numerusform>%n j à l&apos;étape</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>⇄ %1</source>
        <translation>⇄ %1</translation>
    </message>
</context>
<context>
    <name>csc::CaseDetailPane</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>Rendre p&amp;ublic…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Niveau &amp;supérieur…</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Détail du dossier</translation>
    </message>
    <message>
        <source>Add a comment and press Enter</source>
        <translation>Ajoutez un commentaire et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Select a card to see its timeline, comments and documents.</source>
        <translation>Sélectionnez une carte pour voir son historique, ses commentaires et ses documents.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) late</source>
        <translation>
            <numerusform>%1, %n jour ouvré de retard</numerusform>
            <numerusform>%1, %n jours ouvrés de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) left</source>
        <translation>
            <numerusform>%1, %n jour ouvré restant</numerusform>
            <numerusform>%1, %n jours ouvrés restants</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8e44ad&apos;&gt;Confidential&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8e44ad&apos;&gt;Confidentiel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#007a87&apos;&gt;Table-top exercise&lt;/b&gt; (kept out of statistics and public output)</source>
        <translation>&lt;b style=&apos;color:#007a87&apos;&gt;Exercice sur table&lt;/b&gt; (exclu des statistiques et des publications)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source> — since %1</source>
        <translation> — depuis le %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>level %1 of %2: %3</source>
        <translation>niveau %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Opened at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ouvert à l&apos;étape &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>A conduit à</translation>
    </message>
    <message>
        <source>Notices owed</source>
        <translation>Notifications dues</translation>
    </message>
    <message>
        <source>remedial action invoked (%1)</source>
        <translation>mesures correctives engagées (%1)</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>porté au niveau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Publication decisions</source>
        <translation>Décisions de publication</translation>
    </message>
    <message>
        <source>made public</source>
        <translation>rendu public</translation>
    </message>
    <message>
        <source>made confidential</source>
        <translation>rendu confidentiel</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Sélectionnez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>A closed or archived case has no next step.</source>
        <translation>Un dossier clos ou archivé n&apos;a pas d&apos;étape suivante.</translation>
    </message>
    <message>
        <source>An archived case takes no documents.</source>
        <translation>Un dossier archivé n&apos;accepte pas de documents.</translation>
    </message>
    <message>
        <source>A table-top exercise is never made public.</source>
        <translation>Un exercice sur table n&apos;est jamais rendu public.</translation>
    </message>
    <message>
        <source>The case is public already.</source>
        <translation>Le dossier est déjà public.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation>Seul un dossier clos peut être archivé.</translation>
    </message>
    <message>
        <source>Record &amp;response…</source>
        <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#6a1b9a&apos;&gt;Unanswered&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6a1b9a&apos;&gt;Sans réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Met&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Respecté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#e65100&apos;&gt;Late&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#e65100&apos;&gt;En retard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: received %3</source>
        <translation>%1 — %2&#xa0;: reçue le %3</translation>
    </message>
    <message>
        <source>%1 — %2: no response by %3</source>
        <translation>%1 — %2&#xa0;: aucune réponse au %3</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (échéance le %1)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Décision du comité d&apos;appel</translation>
    </message>
    <message>
        <source>, %1 to remedy</source>
        <translation>, %1 pour y remédier</translation>
    </message>
    <message>
        <source>Public text published %1</source>
        <translation>Texte public publié le %1</translation>
    </message>
    <message>
        <source>Public text not yet published</source>
        <translation>Texte public pas encore publié</translation>
    </message>
</context>
<context>
    <name>csc::CaseListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · .%2</source>
        <translation>%1 · .%2</translation>
    </message>
    <message>
        <source>%1 — %2
%3
%4</source>
        <translation>%1 — %2
%3
%4</translation>
    </message>
</context>
<context>
    <name>csc::CasesPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Search titles, descriptions, comments and notes…</source>
        <translation>Rechercher dans les titres, descriptions, commentaires et notes…</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Sur le tableau</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Board and archive</source>
        <translation>Tableau et archives</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Tout opérateur</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>%1 cannot move to “%2”: %3</source>
        <translation>%1 ne peut pas passer à «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>Passer %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>Rendre p&amp;ublic…</translation>
    </message>
    <message>
        <source>&amp;Restore from the archive</source>
        <translation>&amp;Restaurer depuis les archives</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Open a Problem Management Case</source>
        <translation>Ouvrir un dossier de gestion des problèmes</translation>
    </message>
    <message>
        <source>Open a Problem Management case about “%1”, linked to %2?</source>
        <translation>Ouvrir un dossier de gestion des problèmes concernant «&#xa0;%1&#xa0;», lié à %2&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Make %1 Public</source>
        <translation>Rendre %1 public</translation>
    </message>
    <message>
        <source>Cases stay confidential unless the parties agree. Who agreed to publication, when and how?</source>
        <translation>Les dossiers restent confidentiels sauf accord des parties. Qui a consenti à la publication, quand et comment&#xa0;?</translation>
    </message>
    <message>
        <source>Make %1 public</source>
        <translation>Rendre %1 public</translation>
    </message>
    <message>
        <source>Escalate Remedial Action</source>
        <translation>Porter les mesures correctives au niveau supérieur</translation>
    </message>
    <message>
        <source>Why does the remedial action go to the next level? The registry stakeholder group and the ccNSO and GNSO Councils will be owed a notice.</source>
        <translation>Pourquoi les mesures correctives passent-elles au niveau supérieur&#xa0;? Une notification sera due au groupe des représentants des registres et aux conseils de la ccNSO et de la GNSO.</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Select a case to print its detail.</source>
        <translation>Sélectionnez un dossier pour en imprimer le détail.</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>Passer %1 à</translation>
    </message>
    <message>
        <source>No further step: this is an end state</source>
        <translation>Aucune étape suivante&#xa0;: c&apos;est un état final</translation>
    </message>
</context>
<context>
    <name>csc::CatalogueModel</name>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>csc::CatalogueSetupPage</name>
    <message>
        <source>The service level catalogue</source>
        <translation>Le catalogue des niveaux de service</translation>
    </message>
    <message>
        <source>Import the agreed service levels from CSV with the columns category, metric, threshold, unit, type, target_percent, effective_from. Later months of a metric become amendments.</source>
        <translation>Importer les niveaux de service convenus depuis un fichier CSV avec les colonnes category, metric, threshold, unit, type, target_percent, effective_from. Les mois ultérieurs d&apos;une même mesure deviennent des amendements.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>le catalogue des niveaux de service</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No service levels yet.</source>
        <translation>Aucun niveau de service pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n service level(s)</source>
        <translation>
            <numerusform>%n niveau de service</numerusform>
            <numerusform>%n niveaux de service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) recorded.</source>
        <translation>
            <numerusform>%n amendement enregistré.</numerusform>
            <numerusform>%n amendements enregistrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CatalogueView</name>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir de</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Demande de modification</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New service level…</source>
        <translation>Nouveau niveau de service…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Record a change request that gives the selected service level a new version from a month on</source>
        <translation>Enregistrer une demande de modification qui donne au niveau de service sélectionné une nouvelle version à partir d&apos;un mois donné</translation>
    </message>
    <message>
        <source>Definitions in force in the chosen month; grey rows are not defined then.</source>
        <translation>Définitions en vigueur le mois choisi&#xa0;; les lignes grisées ne sont pas définies à ce moment-là.</translation>
    </message>
    <message>
        <source>Versions of the selected service level</source>
        <translation>Versions du niveau de service sélectionné</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>L&apos;IFO</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>Le comité</translation>
    </message>
    <message>
        <source>original definition</source>
        <translation>définition d&apos;origine</translation>
    </message>
    <message>
        <source>New service level “%1”</source>
        <translation>Nouveau niveau de service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Select the service level to amend first.</source>
        <translation>Sélectionnez d&apos;abord le niveau de service à modifier.</translation>
    </message>
    <message>
        <source>“%1” amended from %2.</source>
        <translation>«&#xa0;%1&#xa0;» modifié à partir de %2.</translation>
    </message>
</context>
<context>
    <name>csc::ChangeCapture</name>
    <message>
        <source>Your changes could not be recorded for sending back.</source>
        <translation>Vos modifications n&apos;ont pas pu être enregistrées pour être renvoyées.</translation>
    </message>
</context>
<context>
    <name>csc::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Enregistrer ce graphique en PNG ou SVG</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>à&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>csc::CommitteePage</name>
    <message>
        <source>Roster</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>The roster meets the charter&apos;s minimum composition.</source>
        <translation>La liste des membres respecte la composition minimale prévue par la charte.</translation>
    </message>
    <message>
        <source>The roster does not meet the charter: %1.</source>
        <translation>La liste des membres ne respecte pas la charte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>End Term…</source>
        <translation>Fin de mandat…</translation>
    </message>
    <message>
        <source>Ends the member&apos;s appointment on a date; they stay in the record of the meetings they attended.</source>
        <translation>Met fin au mandat du membre à une date donnée&#xa0;; il reste dans le registre des réunions auxquelles il a assisté.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Removes a member entered by mistake (only one who is not part of any record).</source>
        <translation>Supprime un membre saisi par erreur (uniquement s&apos;il ne figure dans aucun registre).</translation>
    </message>
    <message>
        <source>Select a member in the roster first.</source>
        <translation>Sélectionnez d&apos;abord un membre dans la liste.</translation>
    </message>
    <message>
        <source>This member&apos;s term has ended already.</source>
        <translation>Le mandat de ce membre a déjà pris fin.</translation>
    </message>
    <message>
        <source>End the Term of %1</source>
        <translation>Mettre fin au mandat de %1</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>Dernier jour du mandat</translation>
    </message>
    <message>
        <source>%1 leaves the committee after this day. Meetings they attended keep them in their record.</source>
        <translation>%1 quitte le comité après ce jour. Les réunions auxquelles ce membre a assisté le conservent dans leur registre.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>Mettre fin au mandat de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Use this only for a member entered by mistake; it cannot be undone (the audit trail keeps the entry).</source>
        <translation>Supprimer %1 de la liste des membres&#xa0;? À utiliser uniquement pour un membre saisi par erreur&#xa0;; cette action est irréversible (le journal d&apos;audit conserve l&apos;entrée).</translation>
    </message>
    <message>
        <source>%1 was removed from the roster.</source>
        <translation>%1 a été supprimé de la liste des membres.</translation>
    </message>
    <message>
        <source>Roster and Work Plan</source>
        <translation>Liste des membres et plan de travail</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Missions</translation>
    </message>
</context>
<context>
    <name>csc::DecisionModel</name>
    <message>
        <source>%1 (by e-mail)</source>
        <translation>%1 (par courriel)</translation>
    </message>
    <message>
        <source> — case %1</source>
        <translation> — dossier %1</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidentiel)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratification</translation>
    </message>
</context>
<context>
    <name>csc::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
</context>
<context>
    <name>csc::DutiesPanel</name>
    <message>
        <source>ccTLD customers</source>
        <translation>Clients ccTLD</translation>
    </message>
    <message>
        <source>gTLD customers</source>
        <translation>Clients gTLD</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>en retard de %n jour ouvré</numerusform>
            <numerusform>en retard de %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Urgent Reviews</source>
        <translation>Examens urgents</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Open Review…</source>
        <translation>Ouvrir un examen…</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Further Escalation Options…</source>
        <translation>Autres voies de recours…</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <source>Periodic Audit</source>
        <translation>Audit périodique</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Commander…</translation>
    </message>
    <message>
        <source>Report Received…</source>
        <translation>Rapport reçu…</translation>
    </message>
    <message>
        <source>Publish Results…</source>
        <translation>Publier les résultats…</translation>
    </message>
    <message>
        <source>Community Feedback…</source>
        <translation>Avis de la communauté…</translation>
    </message>
    <message>
        <source>Open Change Request…</source>
        <translation>Ouvrir une demande de modification…</translation>
    </message>
    <message>
        <source>Technical Changes</source>
        <translation>Changements techniques</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Plan convenu</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>Période de RFC</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>Déclaration de l&apos;IFO</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Customer Updates</source>
        <translation>Points d&apos;information aux clients</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Public text</source>
        <translation>Texte public</translation>
    </message>
    <message>
        <source>Review Liaisons</source>
        <translation>Agents de liaison (révisions)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>Équipe de révision</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>IFO Complaints</source>
        <translation>Plaintes traitées par l&apos;IFO</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Period or reference</source>
        <translation>Période ou référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Counts or handling</source>
        <translation>Décomptes ou traitement</translation>
    </message>
    <message>
        <source>Add Summary…</source>
        <translation>Ajouter un résumé…</translation>
    </message>
    <message>
        <source>Add Handling Times…</source>
        <translation>Ajouter des délais de traitement…</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD, empty if not yet):</source>
        <translation>(YYYY-MM-DD, vide si pas encore)&#xa0;:</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD):</source>
        <translation>(YYYY-MM-DD)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Escalated disputes</source>
        <translation>Nombre croissant de différends</translation>
    </message>
    <message>
        <source>Extreme event</source>
        <translation>Événement extrême</translation>
    </message>
    <message>
        <source>Both customers consented</source>
        <translation>Consentement des deux catégories de clients</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Consentement manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Annual consultation</source>
        <translation>Consultation annuelle</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Point d&apos;information</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Summary of escalated complaints</source>
        <translation>Résumé des plaintes remontées</translation>
    </message>
    <message>
        <source>Handling times</source>
        <translation>Délais de traitement</translation>
    </message>
    <message>
        <source>receipt %1; response %2</source>
        <translation>accusé de réception&#xa0;: %1&#xa0;; réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Déclencheur&#xa0;:</translation>
    </message>
    <message>
        <source>An escalated number of disputes</source>
        <translation>Un nombre croissant de différends</translation>
    </message>
    <message>
        <source>A single extreme event</source>
        <translation>Un événement extrême unique</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments probants&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence document:</source>
        <translation>Document probant&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Further Escalation Options opened:</source>
        <translation>Autres voies de recours ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>%1, on the ground: %2</source>
        <translation>%1, pour le motif suivant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Concluded:</source>
        <translation>Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>Consentement des clients</translation>
    </message>
    <message>
        <source>The Further Escalation Options stay closed until the consent of %1 is recorded.</source>
        <translation>Les autres voies de recours restent fermées tant que ce consentement n&apos;est pas enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Commissioned:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>Réception du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Results published:</source>
        <translation>Publication des résultats&#xa0;:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Public summary:</source>
        <translation>Résumé public&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback closed:</source>
        <translation>Clôture des avis&#xa0;:</translation>
    </message>
    <message>
        <source>Community feedback:</source>
        <translation>Avis de la communauté&#xa0;:</translation>
    </message>
    <message>
        <source>Change requests opened:</source>
        <translation>Demandes de modification ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>Plan agreed with the IFO:</source>
        <translation>Plan convenu avec l&apos;IFO&#xa0;:</translation>
    </message>
    <message>
        <source>RFC period:</source>
        <translation>Période de RFC&#xa0;:</translation>
    </message>
    <message>
        <source>Comments received:</source>
        <translation>Commentaires reçus&#xa0;:</translation>
    </message>
    <message>
        <source>IFO statement:</source>
        <translation>Déclaration de l&apos;IFO&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Public text:</source>
        <translation>Texte public&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Public visé&#xa0;:</translation>
    </message>
    <message>
        <source>Content (internal):</source>
        <translation>Contenu (interne)&#xa0;:</translation>
    </message>
    <message>
        <source>Open Urgent Review</source>
        <translation>Ouvrir un examen urgent</translation>
    </message>
    <message>
        <source>What is the systemic breach?</source>
        <translation>Quel est le manquement systémique&#xa0;?</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>Point de départ&#xa0;:</translation>
    </message>
    <message>
        <source>The evidence:</source>
        <translation>Les éléments probants&#xa0;:</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>The Evidence</source>
        <translation>Les éléments probants</translation>
    </message>
    <message>
        <source>Record Customers&apos; Consent</source>
        <translation>Enregistrer le consentement des clients</translation>
    </message>
    <message>
        <source>Select the urgent review first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;examen urgent.</translation>
    </message>
    <message>
        <source>Consent of the:</source>
        <translation>Consentement des&#xa0;:</translation>
    </message>
    <message>
        <source>Who gave it (the body or its representative):</source>
        <translation>Qui l&apos;a donné (l&apos;organe ou son représentant)&#xa0;:</translation>
    </message>
    <message>
        <source>By what means (a vote, a letter, a council resolution):</source>
        <translation>Par quel moyen (un vote, une lettre, une résolution du conseil)&#xa0;:</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>The Evidence of Consent</source>
        <translation>La preuve du consentement</translation>
    </message>
    <message>
        <source>Further Escalation Options</source>
        <translation>Autres voies de recours</translation>
    </message>
    <message>
        <source>On what ground are they opened?</source>
        <translation>Pour quel motif sont-elles ouvertes&#xa0;?</translation>
    </message>
    <message>
        <source>Conclude Urgent Review</source>
        <translation>Clore l&apos;examen urgent</translation>
    </message>
    <message>
        <source>The outcome:</source>
        <translation>Le résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Commission the Periodic Audit</source>
        <translation>Commander l&apos;audit périodique</translation>
    </message>
    <message>
        <source>The independent organisation:</source>
        <translation>L&apos;organisme indépendant&#xa0;:</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Audit Report Received</source>
        <translation>Rapport d&apos;audit reçu</translation>
    </message>
    <message>
        <source>Select the audit first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;audit.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>The Audit Report</source>
        <translation>Le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Publish the Audit&apos;s Results</source>
        <translation>Publier les résultats de l&apos;audit</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Where (a web address):</source>
        <translation>Où (une adresse web)&#xa0;:</translation>
    </message>
    <message>
        <source>The public summary of the results:</source>
        <translation>Le résumé public des résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Community Feedback</source>
        <translation>Avis de la communauté</translation>
    </message>
    <message>
        <source>The feedback closed on</source>
        <translation>Période d&apos;avis close le</translation>
    </message>
    <message>
        <source>What the community said:</source>
        <translation>Ce que la communauté a exprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Service-Level Change Request</source>
        <translation>Demande de modification des niveaux de service</translation>
    </message>
    <message>
        <source>The change the audit calls for:</source>
        <translation>La modification demandée par l&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Technical Change Outside Policy</source>
        <translation>Changement technique hors du cadre des politiques</translation>
    </message>
    <message>
        <source>The change (e.g. the introduction of DNSSEC):</source>
        <translation>Le changement (p. ex. l&apos;introduction de DNSSEC)&#xa0;:</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO on</source>
        <translation>Plan de mise en œuvre convenu avec l&apos;IFO le</translation>
    </message>
    <message>
        <source>The RFC period opens on</source>
        <translation>La période de RFC s&apos;ouvre le</translation>
    </message>
    <message>
        <source>The RFC period closes on</source>
        <translation>La période de RFC se termine le</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on</source>
        <translation>Déclaration de l&apos;IFO le</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement:</source>
        <translation>La déclaration de l&apos;IFO&#xa0;:</translation>
    </message>
    <message>
        <source>The public text:</source>
        <translation>Le texte public&#xa0;:</translation>
    </message>
    <message>
        <source>Update to Direct Customers</source>
        <translation>Point d&apos;information aux clients directs</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>What was said (internal):</source>
        <translation>Ce qui a été dit (interne)&#xa0;:</translation>
    </message>
    <message>
        <source>Liaison to a Review Team</source>
        <translation>Agent de liaison auprès d&apos;une équipe de révision</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Which review team:</source>
        <translation>Quelle équipe de révision&#xa0;:</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>IFO Summary of Escalated Complaints</source>
        <translation>Résumé des plaintes remontées, établi par l&apos;IFO</translation>
    </message>
    <message>
        <source>The period from</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>The period to</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Counts per kind, one per line as kind=count (kinds: %1):</source>
        <translation>Décomptes par type, un par ligne sous la forme kind=count (types&#xa0;: %1)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not kind=count.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format kind=count.</translation>
    </message>
    <message>
        <source>IFO Complaint Handling Times</source>
        <translation>Délais de traitement des plaintes par l&apos;IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s reference:</source>
        <translation>La référence de l&apos;IFO&#xa0;:</translation>
    </message>
    <message>
        <source>Received by the IFO on</source>
        <translation>Reçue par l&apos;IFO le</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Accusé de réception le</translation>
    </message>
    <message>
        <source>Substantive response on</source>
        <translation>Réponse sur le fond le</translation>
    </message>
    <message>
        <source>“%1” on file</source>
        <translation>«&#xa0;%1&#xa0;» au dossier</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4 (document “%5”)</source>
        <translation>%1&#xa0;: donné par %2, au moyen de %3, le %4 (document «&#xa0;%5&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4</source>
        <translation>%1&#xa0;: donné par %2, au moyen de %3, le %4</translation>
    </message>
</context>
<context>
    <name>csc::FigureEntryDialog</name>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>Saisir les chiffres d&apos;un mois</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Met the threshold</source>
        <translation>Seuil respecté</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Row %1 (%2): enter whole, non-negative numbers for both counts.</source>
        <translation>Ligne %1 (%2)&#xa0;: saisissez des nombres entiers positifs ou nuls pour les deux valeurs.</translation>
    </message>
    <message>
        <source>Row %1 (%2): more requests met the threshold (%3) than were handled (%4).</source>
        <translation>Ligne %1 (%2)&#xa0;: plus de demandes ont respecté le seuil (%3) qu&apos;il n&apos;en a été traité (%4).</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>csc::FigureImporter</name>
    <message>
        <source>The file is empty; it needs a header line naming its columns.</source>
        <translation>Le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête nommant ses colonnes.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>Unknown column “%1”.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>The header has no “%1” column (a %2 file needs it).</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;» (un fichier %2 en a besoin).</translation>
    </message>
    <message>
        <source>A per-request file needs “start” and “end” columns or a “duration_seconds” column.</source>
        <translation>Un fichier par demande doit avoir des colonnes «&#xa0;start&#xa0;» et «&#xa0;end&#xa0;» ou une colonne «&#xa0;duration_seconds&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de procédure (I à V).</translation>
    </message>
    <message>
        <source>The metric is not valid UTF-8 text.</source>
        <translation>La mesure n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>Unknown metric “%1” in category %2.</source>
        <translation>Mesure «&#xa0;%1&#xa0;» inconnue dans la catégorie %2.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois (AAAA-MM).</translation>
    </message>
    <message>
        <source>The request id is empty.</source>
        <translation>L&apos;identifiant de la demande est vide.</translation>
    </message>
    <message>
        <source>The TLD is empty.</source>
        <translation>Le TLD est vide.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save the file as UTF-8).</source>
        <translation>Le texte n&apos;est pas de l&apos;UTF-8 valide (enregistrez le fichier en UTF-8).</translation>
    </message>
    <message>
        <source>“%1” is not a duration in seconds (a non-negative number).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée en secondes (un nombre positif ou nul).</translation>
    </message>
    <message>
        <source>“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un horodatage (AAAA-MM-JJTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>The request ends before it starts.</source>
        <translation>La demande se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The request has neither a duration nor start and end times.</source>
        <translation>La demande n&apos;a ni durée ni heures de début et de fin.</translation>
    </message>
    <message>
        <source>“%1” (category %2) was not a defined service level in %3.</source>
        <translation>«&#xa0;%1&#xa0;» (catégorie %2) n&apos;était pas un niveau de service défini en %3.</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>La base de données a refusé la ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of requests.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de demandes.</translation>
    </message>
    <message>
        <source>The number of requests cannot be negative (%1).</source>
        <translation>Le nombre de demandes ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The number of requests meeting the threshold cannot be negative (%1).</source>
        <translation>Le nombre de demandes respectant le seuil ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>Plus de demandes ont respecté le seuil (%1) qu&apos;il n&apos;en a été traité (%2).</translation>
    </message>
    <message>
        <source>“%1” already has figures for %2 on line %3.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà des chiffres pour %2 à la ligne %3.</translation>
    </message>
    <message>
        <source>Broken quoting: %1.</source>
        <translation>Guillemets mal formés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The line has %1 columns; the header has %2.</source>
        <translation>La ligne a %1 colonnes&#xa0;; l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>More problems were found; only the first %1 are listed.</source>
        <translation>D&apos;autres problèmes ont été trouvés&#xa0;; seuls les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>The file has a header but no figures.</source>
        <translation>Le fichier a un en-tête mais aucun chiffre.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>Le fichier est un texte UTF-16&#xa0;; enregistrez-le en UTF-8 (CSV UTF-8) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The header line is too long to be a header.</source>
        <translation>La ligne d&apos;en-tête est trop longue pour être un en-tête.</translation>
    </message>
    <message>
        <source>The request id “%1” was already given on line %2.</source>
        <translation>L&apos;identifiant de demande «&#xa0;%1&#xa0;» figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>“%1” seconds is longer than ten years; no request takes that long.</source>
        <translation>«&#xa0;%1&#xa0;» secondes, c&apos;est plus de dix ans&#xa0;; aucune demande ne dure aussi longtemps.</translation>
    </message>
    <message>
        <source>The request lasts more than ten years.</source>
        <translation>La demande dure plus de dix ans.</translation>
    </message>
    <message>
        <source>“%1” has a time zone offset that does not exist (offsets run from -12:00 to +14:00).</source>
        <translation>«&#xa0;%1&#xa0;» comporte un décalage horaire qui n&apos;existe pas (les décalages vont de -12:00 à +14:00).</translation>
    </message>
    <message>
        <source>“%1” is a leap second (second 60), which cannot be counted exactly; give the duration in duration_seconds instead.</source>
        <translation>«&#xa0;%1&#xa0;» est une seconde intercalaire (seconde 60), qui ne peut pas être comptée exactement&#xa0;; indiquez plutôt la durée dans duration_seconds.</translation>
    </message>
    <message>
        <source>“%1” is far outside %2, the month the request is counted in.</source>
        <translation>«&#xa0;%1&#xa0;» est très éloigné de %2, le mois auquel la demande est rattachée.</translation>
    </message>
    <message>
        <source>The field is %1 bytes long; a field holds at most %2.</source>
        <translation>Le champ fait %1 octets&#xa0;; un champ contient au plus %2 octets.</translation>
    </message>
    <message>
        <source>The field contains a NUL character; the file is damaged or not text.</source>
        <translation>Le champ contient un caractère NUL&#xa0;; le fichier est endommagé ou n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>%1 demandes en un mois, c&apos;est au-delà de tout nombre vraisemblable (au plus %2).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes; no line of figures is that long.</source>
        <translation>La ligne dépasse %1 octets&#xa0;; aucune ligne de chiffres n&apos;est aussi longue.</translation>
    </message>
</context>
<context>
    <name>csc::FindBar</name>
    <message>
        <source>Find in this section</source>
        <translation>Rechercher dans cette section</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous, Escape closes</source>
        <translation>Entrée&#xa0;: occurrence suivante&#xa0;; Maj+Entrée&#xa0;: précédente&#xa0;; Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Trouvé dans %1</translation>
    </message>
    <message>
        <source>this section</source>
        <translation>cette section</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>csc::HolidaySetupPage</name>
    <message>
        <source>The holiday calendar</source>
        <translation>Le calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday less these days; case deadlines and the minutes deadline count them. Import an .ics file or a list of dates, or type them below, one per line.</source>
        <translation>Les jours ouvrés vont du lundi au vendredi, hors ces jours fériés&#xa0;; les échéances des dossiers et du procès-verbal se comptent en jours ouvrés. Importez un fichier .ics ou une liste de dates, ou saisissez-les ci-dessous, une par ligne.</translation>
    </message>
    <message>
        <source>2027-01-01 New Year&apos;s Day
2027-12-25 Christmas Day</source>
        <translation>2027-01-01 Jour de l&apos;an
2027-12-25 Noël</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>le calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>Fichiers de jours fériés (*.ics *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Typed in (added when you press Next or Done for now):</source>
        <translation>Saisis (ajoutés lorsque vous appuyez sur Suivant ou Terminer pour l&apos;instant)&#xa0;:</translation>
    </message>
    <message>
        <source>No holidays yet: every weekday counts as a business day.</source>
        <translation>Pas encore de jours fériés&#xa0;: chaque jour de semaine compte comme jour ouvré.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) in the calendar, from %1 to %2.</source>
        <translation>
            <numerusform>%n jour férié dans le calendrier, du %1 au %2.</numerusform>
            <numerusform>%n jours fériés dans le calendrier, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>typed holidays</source>
        <translation>jours fériés saisis</translation>
    </message>
    <message>
        <source>Some lines are not holidays</source>
        <translation>Certaines lignes ne sont pas des jours fériés</translation>
    </message>
    <message>
        <source>Nothing was added; correct these lines or clear them to skip:</source>
        <translation>Rien n&apos;a été ajouté&#xa0;; corrigez ces lignes ou effacez-les pour passer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save the holidays</source>
        <translation>Impossible d&apos;enregistrer les jours fériés</translation>
    </message>
</context>
<context>
    <name>csc::IntegrityBanner</name>
    <message>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt; SQLite&apos;s integrity check found: %1. Make no more changes here: close CSC Desk and restore the file from a backup copy (the copy made before the last upgrade is one), or ask the secretariat for the committee&apos;s last good copy.</source>
        <translation>&lt;b&gt;Le fichier de base de données est endommagé.&lt;/b&gt; La vérification d&apos;intégrité de SQLite a trouvé&#xa0;: %1. N&apos;apportez plus aucune modification ici&#xa0;: fermez CSC Desk et restaurez le fichier à partir d&apos;une copie de sauvegarde (la copie faite avant la dernière mise à niveau en est une), ou demandez au secrétariat la dernière copie valide du comité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail was changed outside CSC Desk.&lt;/b&gt; %1 Run “cscdesk audit verify” for the details, tell the chair, and restore the file from a backup copy if the change was not made on purpose.</source>
        <translation>&lt;b&gt;Le journal d&apos;audit a été modifié en dehors de CSC Desk.&lt;/b&gt; %1 Exécutez «&#xa0;cscdesk audit verify&#xa0;» pour obtenir les détails, prévenez le président et restaurez le fichier à partir d&apos;une copie de sauvegarde si la modification n&apos;était pas volontaire.</translation>
    </message>
</context>
<context>
    <name>csc::KeptMailButton</name>
    <message>
        <source>The e-mails prepared when these minutes were circulated or published, as kept in the record</source>
        <translation>Les courriels préparés lors de la diffusion ou de la publication de ce procès-verbal, tels que conservés pour mémoire</translation>
    </message>
    <message>
        <source>Kept e-mails</source>
        <translation>Courriels conservés</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (to %4)</source>
        <translation>%1 — %2&#xa0;: %3 (à %4)</translation>
    </message>
    <message>
        <source>Kept e-mails (%1)</source>
        <translation>Courriels conservés (%1)</translation>
    </message>
    <message>
        <source>No e-mail has been prepared for these yet.</source>
        <translation>Aucun courriel n&apos;a encore été préparé pour ces documents.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>csc::MainWindow</name>
    <message>
        <source>CSC Desk</source>
        <translation>CSC Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>The member&apos;s changes were merged.</source>
        <translation>Les modifications du membre ont été intégrées.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CSC Desk</source>
        <translation>À &amp;propos de CSC Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>base de données en mémoire</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — lecture seule</translation>
    </message>
    <message>
        <source>%1 — CSC Desk</source>
        <translation>%1 — CSC Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review copy for %1, taken %2.&lt;/b&gt; Comment, approve minutes, vote and complete your action items here; then use File › Write Changes to Send Back.</source>
        <translation>&lt;b&gt;Copie de relecture pour %1, créée le %2.&lt;/b&gt; Commentez, approuvez les procès-verbaux, votez et terminez vos points d&apos;action ici&#xa0;; puis utilisez Fichier › Écrire les modifications à renvoyer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db *.sqlite *.cscdesk);;All files (*)</source>
        <translation>Bases de données CSC Desk (*.db *.sqlite *.cscdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>About CSC Desk</source>
        <translation>À propos de CSC Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a Customer Standing Committee: escalated cases, the IANA naming function&apos;s service levels, meetings and minutes, on one desk and offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;L&apos;outil de travail d&apos;un Comité permanent des clients&#xa0;: dossiers en recours, niveaux de service de la fonction de nommage IANA, réunions et procès-verbaux, sur un seul bureau et hors ligne.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 et SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>&amp;New Committee…</source>
        <translation>&amp;Nouveau comité…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Set &amp;Up Committee…</source>
        <translation>&amp;Configurer le comité…</translation>
    </message>
    <message>
        <source>CSC Desk &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de CSC Desk</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Use File › Open Database… to open the committee&apos;s database, or File › New Committee… to start a new one.</source>
        <translation>Utilisez Fichier › Ouvrir une base de données… pour ouvrir la base de données du comité, ou Fichier › Nouveau comité… pour en créer un.</translation>
    </message>
    <message>
        <source>%1 — %2 — CSC Desk</source>
        <translation>%1 — %2 — CSC Desk</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>Il n&apos;y a pas de base de données dans %1. Y créer une nouvelle base de données de comité&#xa0;?</translation>
    </message>
    <message>
        <source>New Committee</source>
        <translation>Nouveau comité</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>Bases de données CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>Cannot create the committee</source>
        <translation>Impossible de créer le comité</translation>
    </message>
    <message>
        <source>New committee database %1 created.</source>
        <translation>Nouvelle base de données de comité %1 créée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo committee&lt;/b&gt; with invented people, cases and figures. To start your committee&apos;s own database use File › New Committee…</source>
        <translation>&lt;b&gt;Ceci est un comité de démonstration&lt;/b&gt;, avec des personnes, des dossiers et des chiffres fictifs. Pour créer la base de données de votre propre comité, utilisez Fichier › Nouveau comité…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set-up not finished.&lt;/b&gt; Still missing: %1. Use Edit › Set Up Committee… (each step can be done later).</source>
        <translation>&lt;b&gt;Configuration inachevée.&lt;/b&gt; Il manque encore&#xa0;: %1. Utilisez Édition › Configurer le comité… (chaque étape peut être effectuée plus tard).</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>CSC Desk User Guide</source>
        <translation>Guide de l&apos;utilisateur de CSC Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>CSC Desk cannot open the database</source>
        <translation>CSC Desk ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>csc::MeetingListModel</name>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinaire</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Pas encore de procès-verbal</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>published late (%1 business days)</source>
        <translation>publié en retard (%1 jours ouvrés)</translation>
    </message>
</context>
<context>
    <name>csc::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Taken by e-mail</source>
        <translation>Prise par courriel</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <source>The decision, as it will read in the minutes</source>
        <translation>La décision, telle qu&apos;elle figurera au procès-verbal</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Records the votes of the voting members present as in favour; liaisons do not vote.</source>
        <translation>Enregistre les votes des membres votants présents comme favorables&#xa0;; les agents de liaison ne votent pas.</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>Modifier le statut du point d&apos;action</translation>
    </message>
    <message>
        <source>Edit action item note</source>
        <translation>Modifier la note du point d&apos;action</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouveau point d&apos;action</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Raised at this meeting, then the open ones carried over from earlier meetings. Tick to complete; double-click the note to edit.</source>
        <translation>Ceux soulevés lors de cette réunion, puis ceux encore en cours reportés des réunions précédentes. Cochez pour terminer&#xa0;; double-cliquez sur la note pour la modifier.</translation>
    </message>
    <message>
        <source>Meetings &amp; Minutes</source>
        <translation>Réunions et PV</translation>
    </message>
    <message>
        <source>Meeting created with the standing agenda and the open action items.</source>
        <translation>Réunion créée avec l&apos;ordre du jour permanent et les points d&apos;action en cours.</translation>
    </message>
    <message>
        <source>Members&apos; review</source>
        <translation>Relecture des membres</translation>
    </message>
    <message>
        <source>Cast My Vote…</source>
        <translation>Voter…</translation>
    </message>
    <message>
        <source>Record your own vote on the selected decision.</source>
        <translation>Enregistrer votre vote sur la décision sélectionnée.</translation>
    </message>
    <message>
        <source>Select the decision you vote on.</source>
        <translation>Sélectionnez la décision sur laquelle vous votez.</translation>
    </message>
    <message>
        <source>Your profile is not linked to a member of the roster, so you cannot vote.</source>
        <translation>Votre profil n&apos;est lié à aucun membre de la composition du comité&#xa0;; vous ne pouvez donc pas voter.</translation>
    </message>
    <message>
        <source>Cast My Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Arrow keys move between members; F2 or typing changes the attendance</source>
        <translation>Les touches fléchées permettent de passer d&apos;un membre à l&apos;autre&#xa0;; F2 ou la saisie modifie la présence</translation>
    </message>
    <message>
        <source>The roll call of the meeting. Move with the arrow keys and press F2 (or start typing) to change a member&apos;s attendance; Mark all present fills it in one step.</source>
        <translation>L&apos;appel de la réunion. Déplacez-vous avec les touches fléchées et appuyez sur F2 (ou commencez à taper) pour modifier la présence d&apos;un membre&#xa0;; Marquer tous présents la remplit en une seule fois.</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Marquer tous présents</translation>
    </message>
    <message>
        <source>Marks every member and liaison present in one step (undoable).</source>
        <translation>Marque chaque membre et agent de liaison comme présent en une seule fois (annulable).</translation>
    </message>
    <message>
        <source>Everyone is marked present already.</source>
        <translation>Tout le monde est déjà marqué présent.</translation>
    </message>
    <message>
        <source>Select a meeting to print its public minutes.</source>
        <translation>Sélectionnez une réunion pour imprimer son procès-verbal public.</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet: generate the draft first.</source>
        <translation>Cette réunion n&apos;a pas encore de procès-verbal&#xa0;: générez d&apos;abord le projet.</translation>
    </message>
    <message>
        <source>To Be Ratified by E-mail</source>
        <translation>À ratifier par courriel</translation>
    </message>
    <message>
        <source>Mark the selected decision, taken at a meeting that was not quorate, to be ratified by e-mail.</source>
        <translation>Marquer la décision sélectionnée, prise lors d&apos;une réunion où le quorum n&apos;était pas atteint, comme devant être ratifiée par courriel.</translation>
    </message>
    <message>
        <source>Ratified by E-mail…</source>
        <translation>Ratifiée par courriel…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that ratified the selected decision.</source>
        <translation>Enregistrer la décision par courriel adoptée qui a ratifié la décision sélectionnée.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Sélectionnez d&apos;abord une décision.</translation>
    </message>
    <message>
        <source>No carried e-mail decision since %1: record the e-mail decision that ratifies it first (tick “By e-mail”).</source>
        <translation>Aucune décision par courriel adoptée depuis le %1&#xa0;: enregistrez d&apos;abord la décision par courriel qui la ratifie (cochez «&#xa0;Par courriel&#xa0;»).</translation>
    </message>
    <message>
        <source>Ratified by E-mail</source>
        <translation>Ratifiée par courriel</translation>
    </message>
    <message>
        <source>The e-mail decision that ratified “%1”:</source>
        <translation>La décision par courriel qui a ratifié «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csc::MemberDialog</name>
    <message>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Chair of the committee</source>
        <translation>Préside le comité</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a member or liaison</source>
        <translation>Ajouter un membre ou un agent de liaison</translation>
    </message>
    <message>
        <source>Not a point of contact</source>
        <translation>Pas un point de contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>&amp;Siège&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>&amp;Début du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>IFO &amp;contact:</source>
        <translation>Contact &amp;IFO&#xa0;:</translation>
    </message>
    <message>
        <source>Liaisons do not vote.</source>
        <translation>Les agents de liaison ne votent pas.</translation>
    </message>
</context>
<context>
    <name>csc::Migrations</name>
    <message>
        <source>A schema script is missing from this build.</source>
        <translation>Un script de schéma manque dans cette version.</translation>
    </message>
    <message>
        <source>The database schema could not be created.</source>
        <translation>Le schéma de la base de données n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesDueWidget</name>
    <message>
        <source>Minutes due</source>
        <translation>Procès-verbaux dus</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1, %2</source>
        <translation>Procès-verbal de la réunion n° %1, %2</translation>
    </message>
    <message>
        <source>no draft yet</source>
        <translation>pas encore de projet</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>Procès-verbaux à publier</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 %2</source>
        <translation>Procès-verbal de la réunion n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; %1 more unpublished (%2 overdue)</source>
        <translation>&#xa0;; %1 autre(s) non publié(s), dont %2 en retard</translation>
    </message>
</context>
<context>
    <name>csc::MinutesEditor</name>
    <message>
        <source>Generate draft</source>
        <translation>Générer le projet</translation>
    </message>
    <message>
        <source>Circulate to members</source>
        <translation>Diffuser aux membres</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Remettre à l&apos;état de projet</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>Marquer comme publié</translation>
    </message>
    <message>
        <source>Confidential (left out of the public minutes)</source>
        <translation>Confidentiel (exclu du procès-verbal public)</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>Enregistrer la section</translation>
    </message>
    <message>
        <source>Where published (web address)</source>
        <translation>Lieu de publication (adresse web)</translation>
    </message>
    <message>
        <source>Where the minutes are published</source>
        <translation>Où le procès-verbal est publié</translation>
    </message>
    <message>
        <source>Export public minutes</source>
        <translation>Exporter le PV public</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Minutes sections</source>
        <translation>Sections du procès-verbal</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Public preview</source>
        <translation>Aperçu public</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; (members only)</source>
        <translation>&lt;b&gt;Projet&lt;/b&gt; (membres uniquement)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public preview&lt;/b&gt; — exactly what will be posted; confidential sections and case details are left out</source>
        <translation>&lt;b&gt;Aperçu public&lt;/b&gt; — exactement ce qui sera publié&#xa0;; les sections confidentielles et le détail des dossiers sont exclus</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>Confidentiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>No minutes yet: generate the draft from the meeting&apos;s attendance, agenda, decisions and action items.</source>
        <translation>Pas encore de procès-verbal&#xa0;: générez le projet à partir de la présence, de l&apos;ordre du jour, des décisions et des points d&apos;action de la réunion.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Procès-verbal&#xa0;: %1</translation>
    </message>
    <message>
        <source> · circulated %1</source>
        <translation> · diffusé le %1</translation>
    </message>
    <message>
        <source> · approved by %1 on %2</source>
        <translation> · approuvé par %1 le %2</translation>
    </message>
    <message>
        <source> · published %1 at %2</source>
        <translation> · publié le %1 sur %2</translation>
    </message>
    <message>
        <source> — only a draft can be edited</source>
        <translation> — seul un projet peut être modifié</translation>
    </message>
    <message>
        <source>Minutes will be due %1</source>
        <translation>Procès-verbal à publier au plus tard le %1</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Procès-verbal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit minutes section “%1”</source>
        <translation>Modifier la section «&#xa0;%1&#xa0;» du procès-verbal</translation>
    </message>
    <message>
        <source>Mark section confidential</source>
        <translation>Marquer la section comme confidentielle</translation>
    </message>
    <message>
        <source>Make section public</source>
        <translation>Rendre la section publique</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1: %2</source>
        <translation>Procès-verbal de la réunion n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>Procès-verbal public écrit dans %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Rien à prévisualiser pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Meeting pack…</source>
        <translation>Documents de séance…</translation>
    </message>
    <message>
        <source>Save state of the section</source>
        <translation>État d&apos;enregistrement de la section</translation>
    </message>
    <message>
        <source>Saves the section (Ctrl+S). Switching to another section saves it too.</source>
        <translation>Enregistre la section (Ctrl+S). Passer à une autre section l&apos;enregistre également.</translation>
    </message>
    <message>
        <source>A confidential section stays in the members&apos; draft and is left out of the public minutes, the preview and every export. The tick applies to the section on screen.</source>
        <translation>Une section confidentielle reste dans le projet destiné aux membres et est exclue du procès-verbal public, de l&apos;aperçu et de toute exportation. La case à cocher s&apos;applique à la section affichée.</translation>
    </message>
    <message>
        <source>The public minutes exactly as they will be posted. It follows the section you edit; confidential sections are not in it.</source>
        <translation>Le procès-verbal public exactement tel qu&apos;il sera publié. Il suit la section que vous modifiez&#xa0;; les sections confidentielles n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>The web address (https://…) or mailing list where the minutes were posted. It is part of the record of publication.</source>
        <translation>L&apos;adresse web (https://…) ou la liste de diffusion où le procès-verbal a été publié. Elle fait partie de l&apos;attestation de publication.</translation>
    </message>
    <message>
        <source>Circulate the minutes to members</source>
        <translation>Diffuser le procès-verbal aux membres</translation>
    </message>
    <message>
        <source>Return the minutes to draft</source>
        <translation>Remettre le procès-verbal à l&apos;état de projet</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Mark the minutes published</source>
        <translation>Marquer le procès-verbal comme publié</translation>
    </message>
    <message>
        <source>Export the public minutes</source>
        <translation>Exporter le procès-verbal public</translation>
    </message>
    <message>
        <source>Confidential section</source>
        <translation>Section confidentielle</translation>
    </message>
    <message>
        <source>Left out of the public minutes</source>
        <translation>Exclue du procès-verbal public</translation>
    </message>
    <message>
        <source>Room or dial-in</source>
        <translation>Salle ou accès téléphonique</translation>
    </message>
    <message>
        <source>Where the meeting is held (room or dial-in)</source>
        <translation>Lieu de la réunion (salle ou accès téléphonique)</translation>
    </message>
    <message>
        <source>Meeting no. %1 is held at: %2</source>
        <translation>La réunion n° %1 se tient à : %2</translation>
    </message>
    <message>
        <source>One PDF for members: agenda, previous minutes, the month&apos;s performance and findings draft, open action items and open cases</source>
        <translation>Un PDF unique pour les membres&#xa0;: ordre du jour, procès-verbal précédent, performance du mois et projet de constatations, points d&apos;action en cours et dossiers ouverts</translation>
    </message>
    <message>
        <source>“%1” saved at %2</source>
        <translation>«&#xa0;%1&#xa0;» enregistré à %2</translation>
    </message>
    <message>
        <source>Minutes section “%1” saved.</source>
        <translation>Section «&#xa0;%1&#xa0;» du procès-verbal enregistrée.</translation>
    </message>
    <message>
        <source>Return the minutes of meeting no. %1 to draft? The members&apos; approvals of the circulated text are withdrawn and it must be circulated again. This cannot be undone.</source>
        <translation>Remettre le procès-verbal de la réunion n° %1 à l&apos;état de projet&#xa0;? Les approbations du texte diffusé données par les membres sont retirées, et il devra être diffusé à nouveau. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Mark the minutes of meeting no. %1 published at %2? Published minutes are the public record and can never be changed. This cannot be undone.</source>
        <translation>Marquer le procès-verbal de la réunion n° %1 comme publié à l&apos;adresse %2&#xa0;? Un procès-verbal publié constitue le document public officiel et ne pourra jamais être modifié. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>No e-mail prepared: %1</source>
        <translation>Aucun courriel préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Documents de séance</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>Documents de séance écrits dans %1</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>La section du procès-verbal n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesReviewPanel</name>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Ask for Changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenter…</translation>
    </message>
    <message>
        <source>Members&apos; review of the minutes</source>
        <translation>Relecture du procès-verbal par les membres</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>approuve</translation>
    </message>
    <message>
        <source>asks for changes</source>
        <translation>demande des modifications</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commente</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Approve the Minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Optional note:</source>
        <translation>Note facultative&#xa0;:</translation>
    </message>
    <message>
        <source>Ask for Changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Which changes do the minutes need?</source>
        <translation>Quelles modifications le procès-verbal nécessite-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Comment on the Minutes</source>
        <translation>Commenter le procès-verbal</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Votre commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Approved by E-mail Decision…</source>
        <translation>Approuvé par décision par courriel…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that approved the circulated minutes instead of the members&apos; approvals.</source>
        <translation>Enregistrer la décision par courriel adoptée qui a approuvé le procès-verbal diffusé, à la place des approbations des membres.</translation>
    </message>
    <message>
        <source>Approve by E-mail Decision</source>
        <translation>Approuver par décision par courriel</translation>
    </message>
    <message>
        <source>No carried e-mail decision since the meeting: record the e-mail decision on the Decisions tab first.</source>
        <translation>Aucune décision par courriel adoptée depuis la réunion&#xa0;: enregistrez d&apos;abord la décision par courriel dans l&apos;onglet Décisions.</translation>
    </message>
    <message>
        <source>The e-mail decision that approved the minutes:</source>
        <translation>La décision par courriel qui a approuvé le procès-verbal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csc::MonthEvaluationModel</name>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Missed — persistent</source>
        <translation>Manqué — persistant</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Aucune demande</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Aucun chiffre</translation>
    </message>
    <message>
        <source>Missed in at least the committee&apos;s threshold of recent months: consider opening a Problem Management case.</source>
        <translation>Manqué pendant au moins le nombre de mois récents fixé par le comité&#xa0;: envisagez d&apos;ouvrir un dossier de gestion des problèmes.</translation>
    </message>
    <message>
        <source>Judged by the definition in force since %1.</source>
        <translation>Évalué selon la définition en vigueur depuis %1.</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>csc::MonthStatusModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>pas encore décidée</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>Seuils respectés</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistant</translation>
    </message>
    <message>
        <source>Proposed rating</source>
        <translation>Évaluation proposée</translation>
    </message>
    <message>
        <source>Decided rating</source>
        <translation>Évaluation décidée</translation>
    </message>
</context>
<context>
    <name>csc::MonthView</name>
    <message>
        <source>Satisfactorily explained; not a performance issue</source>
        <translation>Expliqué de façon satisfaisante&#xa0;; pas un problème de performance</translation>
    </message>
    <message>
        <source>Save narrative</source>
        <translation>Enregistrer l&apos;explication</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Proposée&#xa0;:</translation>
    </message>
    <message>
        <source>Decided rating:</source>
        <translation>Évaluation décidée&#xa0;:</translation>
    </message>
    <message>
        <source>Narrative for a missed threshold</source>
        <translation>Explication d&apos;un seuil manqué</translation>
    </message>
    <message>
        <source>Findings statement</source>
        <translation>Texte des constatations</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <source>Draft from figures</source>
        <translation>Rédiger à partir des chiffres</translation>
    </message>
    <message>
        <source>Changes since last month</source>
        <translation>Modifications depuis le mois dernier</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (catégorie %2)</translation>
    </message>
    <message>
        <source>Missed persistently in recent months: %1. Consider opening a Problem Management case.</source>
        <translation>Manqué de façon persistante au cours des derniers mois&#xa0;: %1. Envisagez d&apos;ouvrir un dossier de gestion des problèmes.</translation>
    </message>
    <message>
        <source>This month&apos;s findings as changes against %1&apos;s: removed text struck through, added text underlined.</source>
        <translation>Les constatations de ce mois comparées à celles de %1&#xa0;: texte supprimé barré, texte ajouté souligné.</translation>
    </message>
    <message>
        <source>Select a missed threshold in the table to write its narrative.</source>
        <translation>Sélectionnez un seuil manqué dans le tableau pour rédiger son explication.</translation>
    </message>
    <message>
        <source>Rating for %1 recorded: %2</source>
        <translation>Évaluation de %1 enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edit narrative</source>
        <translation>Modifier l&apos;explication</translation>
    </message>
    <message>
        <source>Edit findings statement</source>
        <translation>Modifier le texte des constatations</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>Ouvrir un dossier de gestion des problèmes</translation>
    </message>
    <message>
        <source>Opened on the Problem Management board: %1.</source>
        <translation>Ouvert sur le tableau de gestion des problèmes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Opens (or shows) a Problem Management case linked to each persistently missed service level.</source>
        <translation>Ouvre (ou affiche) un dossier de gestion des problèmes lié à chaque niveau de service manqué de façon persistante.</translation>
    </message>
    <message>
        <source>%1: %2 is open</source>
        <translation>%1&#xa0;: %2 est ouvert</translation>
    </message>
    <message>
        <source>Missed persistently, with Problem Management under way: %1.</source>
        <translation>Manqués de façon persistante, gestion des problèmes en cours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Service levels of the month</source>
        <translation>Niveaux de service du mois</translation>
    </message>
    <message>
        <source>Each metric with its threshold, target, figures and result; select a miss to write its narrative</source>
        <translation>Chaque mesure avec son seuil, son objectif, ses chiffres et son résultat&#xa0;; sélectionnez un manquement pour rédiger son explication</translation>
    </message>
    <message>
        <source>The chair records the committee&apos;s rating; a recorded rating is changed only by reopening it.</source>
        <translation>Le président enregistre l&apos;évaluation du comité&#xa0;; une évaluation enregistrée ne se modifie qu&apos;en la rouvrant.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Reopen the rated month (the chair&apos;s recorded decision, with the reason) so its figures or findings can change.</source>
        <translation>Rouvrir le mois évalué (décision consignée du président, avec le motif) pour que ses chiffres ou ses constatations puissent changer.</translation>
    </message>
    <message>
        <source>What the IFO reported about the miss, and what follows</source>
        <translation>Ce que l&apos;IFO a indiqué au sujet du manquement, et la suite donnée</translation>
    </message>
    <message>
        <source>Replace the text with the agreed wording generated from this month&apos;s rating, figures and narratives; save to drop the hand edit</source>
        <translation>Remplacer le texte par la formulation convenue générée à partir de l&apos;évaluation, des chiffres et des explications de ce mois&#xa0;; enregistrer pour abandonner la modification manuelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposed; rated &lt;b&gt;%2&lt;/b&gt; on %3</source>
        <translation>Proposition&#xa0;: &lt;b&gt;%1&lt;/b&gt;&#xa0;; évaluation&#xa0;: &lt;b&gt;%2&lt;/b&gt; le %3</translation>
    </message>
    <message>
        <source>Drafted from last month&apos;s narrative: say whether it explains this month&apos;s miss.</source>
        <translation>Rédigé à partir de l&apos;explication du mois précédent&#xa0;: indiquez si elle explique le manquement de ce mois.</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>The findings statement was edited by hand for another rating than “%1”.

Yes: redraft it from the new rating (the edit stays in the audit trail).
No: keep the edit; the report cannot be exported until the two agree.</source>
        <translation>Le texte des constatations a été modifié à la main pour une autre évaluation que «&#xa0;%1&#xa0;».

Oui&#xa0;: le rédiger à nouveau à partir de la nouvelle évaluation (la modification reste dans le journal d&apos;audit).
Non&#xa0;: conserver la modification&#xa0;; le rapport ne pourra pas être exporté tant que les deux ne concorderont pas.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>Why is the rating of %1 reopened? (kept in the record)</source>
        <translation>Pourquoi l&apos;évaluation de %1 est-elle rouverte&#xa0;? (conservé pour mémoire)</translation>
    </message>
    <message>
        <source>Reopen Rating</source>
        <translation>Rouvrir l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>csc::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 → %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 → %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Date du changement d&apos;étape&#xa0;:</translation>
    </message>
    <message>
        <source>Required: why the case moves</source>
        <translation>Obligatoire&#xa0;: pourquoi le dossier change d&apos;étape</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Note (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Choisir le document</translation>
    </message>
    <message>
        <source>none at this step</source>
        <translation>aucune à cette étape</translation>
    </message>
    <message>
        <source>Move the case (Ctrl+Enter)</source>
        <translation>Déplacer le dossier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>due %1 (%2 after the move)</source>
        <translation>échéance le %1 (%2 après le changement d&apos;étape)</translation>
    </message>
    <message>
        <source>Not needed: no response by %1</source>
        <translation>Sans objet&#xa0;: aucune réponse au %1</translation>
    </message>
    <message>
        <source>Not needed: the response recorded is used</source>
        <translation>Sans objet&#xa0;: la réponse enregistrée est utilisée</translation>
    </message>
</context>
<context>
    <name>csc::NameSetupPage</name>
    <message>
        <source>The committee</source>
        <translation>Le comité</translation>
    </message>
    <message>
        <source>Its name, shown in the window and on public documents, and the language its public record is written in. Every page of this assistant can be skipped with Next and done later from Edit › Set Up Committee…</source>
        <translation>Son nom, affiché dans la fenêtre et sur les documents publics, et la langue dans laquelle ses documents publics sont rédigés. Chaque page de cet assistant peut être ignorée avec Suivant et complétée plus tard depuis Édition › Configurer le comité…</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité permanent des clients</translation>
    </message>
    <message>
        <source>Committee name:</source>
        <translation>Nom du comité&#xa0;:</translation>
    </message>
    <message>
        <source>Publication language:</source>
        <translation>Langue de publication&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes, findings and the work plan are published in this language.</source>
        <translation>Les procès-verbaux, les constatations et le plan de travail sont publiés dans cette langue.</translation>
    </message>
    <message>
        <source>Cannot save the committee&apos;s name</source>
        <translation>Impossible d&apos;enregistrer le nom du comité</translation>
    </message>
</context>
<context>
    <name>csc::NewCaseDialog</name>
    <message>
        <source>Table-top &amp;exercise (kept out of statistics, patterns and public output)</source>
        <translation>&amp;Exercice sur table (exclu des statistiques, des tendances et des publications)</translation>
    </message>
    <message>
        <source>Open a Case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>gTLD</source>
        <translation>gTLD</translation>
    </message>
    <message>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <source>Other TLD</source>
        <translation>Autre TLD</translation>
    </message>
    <message>
        <source>None / not known</source>
        <translation>Aucun / inconnu</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Procédure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Registry operator:</source>
        <translation>&amp;Opérateur de registre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LD:</source>
        <translation>T&amp;LD&#xa0;:</translation>
    </message>
    <message>
        <source>TLD &amp;kind:</source>
        <translation>T&amp;ype de TLD&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>Niveau de &amp;service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>New cases are confidential; making one public is a separate, recorded decision.</source>
        <translation>Les nouveaux dossiers sont confidentiels&#xa0;; en rendre un public est une décision distincte et consignée.</translation>
    </message>
</context>
<context>
    <name>csc::PatternTableModel</name>
    <message>
        <source>Complaints about</source>
        <translation>Plaintes concernant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>csc::PatternsView</name>
    <message>
        <source>Complaints per month, by</source>
        <translation>Plaintes par mois, par</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>niveau de service</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>No service level has %1 or more complaints within %2 days: no Problem Management case is suggested.</source>
        <translation>Aucun niveau de service ne compte %1 plaintes ou plus en %2 jours&#xa0;: aucun dossier de gestion des problèmes n&apos;est suggéré.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about “%1” within %2 days (%3). Consider opening a Problem Management case linked to them.</source>
        <translation>
            <numerusform>%n plainte concernant «&#xa0;%1&#xa0;» en %2 jours (%3). Envisagez d&apos;ouvrir un dossier de gestion des problèmes lié à celle-ci.</numerusform>
            <numerusform>%n plaintes concernant «&#xa0;%1&#xa0;» en %2 jours (%3). Envisagez d&apos;ouvrir un dossier de gestion des problèmes lié à celles-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Problem Management case…</source>
        <translation>Ouvrir un dossier de gestion des problèmes…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The IFO&apos;s summaries report no escalated complaints in these months.</source>
        <translation>Les résumés de l&apos;IFO ne signalent aucune plainte remontée au cours de ces mois.</translation>
    </message>
    <message numerus="yes">
        <source>The IFO&apos;s summaries report %n escalated complaint(s) in these months (%1).</source>
        <translation>
            <numerusform>Les résumés de l&apos;IFO signalent %n plainte remontée au cours de ces mois (%1).</numerusform>
            <numerusform>Les résumés de l&apos;IFO signalent %n plaintes remontées au cours de ces mois (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::PerformancePage</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>Importer des chiffres…</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures from a CSV file, per request or per month</source>
        <translation>Importer les chiffres de l&apos;IFO depuis un fichier CSV, par demande ou par mois</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>Saisir des chiffres…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>Exporter les constatations…</translation>
    </message>
    <message>
        <source>Write the month&apos;s findings report as PDF or HTML for public posting</source>
        <translation>Rédiger le rapport de constatations du mois en PDF ou HTML pour publication</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures</source>
        <translation>Importer les chiffres de l&apos;IFO</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exporter les constatations</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replace figures?</source>
        <translation>Remplacer les chiffres&#xa0;?</translation>
    </message>
    <message>
        <source>Figures for %1 were already imported. Replace them with this file&apos;s? The replacement is recorded in the audit trail.</source>
        <translation>Les chiffres de %1 ont déjà été importés. Les remplacer par ceux de ce fichier&#xa0;? Le remplacement est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Importer des chiffres</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>%n ligne importée depuis %1.</numerusform>
            <numerusform>%n lignes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problème.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier comporte %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Enter figures for %1</source>
        <translation>Saisir les chiffres de %1</translation>
    </message>
    <message>
        <source>Enter figures</source>
        <translation>Saisir des chiffres</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>Constatations pour %1 écrites dans %2</translation>
    </message>
    <message>
        <source>E-mail findings…</source>
        <translation>Envoyer les constatations par courriel…</translation>
    </message>
    <message>
        <source>A ready e-mail to the roster with the month&apos;s findings attached</source>
        <translation>Un courriel prêt à envoyer aux membres, avec les constatations du mois en pièce jointe</translation>
    </message>
    <message>
        <source>E-mail findings</source>
        <translation>Envoyer les constatations par courriel</translation>
    </message>
    <message>
        <source>E-mail with the findings for %1 prepared: %2</source>
        <translation>Courriel avec les constatations pour %1 préparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures first: there is no month to print.</source>
        <translation>Importez d&apos;abord les chiffres de l&apos;IFO&#xa0;: il n&apos;y a aucun mois à imprimer.</translation>
    </message>
</context>
<context>
    <name>csc::PublicOutputs</name>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbaux</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>Constatations sur la performance de l&apos;IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Public site</source>
        <translation>Site public</translation>
    </message>
    <message>
        <source>Feed of what was published</source>
        <translation>Flux des publications</translation>
    </message>
    <message>
        <source>Independent Appeals Panel findings</source>
        <translation>Décisions du comité d&apos;appel indépendant</translation>
    </message>
    <message>
        <source>Updates to the direct customers</source>
        <translation>Informations aux clients directs</translation>
    </message>
</context>
<context>
    <name>csc::PublicityCommand</name>
    <message>
        <source>Undo of the decision to make the case public</source>
        <translation>Annulation de la décision de rendre le dossier public</translation>
    </message>
</context>
<context>
    <name>csc::PublishActions</name>
    <message>
        <source>Publish Public &amp;Site…</source>
        <translation>Publier le &amp;site public…</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public web page (minutes, findings, work plan, calendar, feed) into a folder</source>
        <translation>Écrire la page web publique du comité (procès-verbaux, constatations, plan de travail, calendrier, flux) dans un dossier</translation>
    </message>
    <message>
        <source>Publish Public Site</source>
        <translation>Publier le site public</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Dossiers (*)</translation>
    </message>
    <message>
        <source>Publishing the public site…</source>
        <translation>Publication du site public…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The public site is in %1: %2 files written, %3 unchanged. Upload the folder as it is; its links are relative.</source>
        <translation>Le site public se trouve dans %1&#xa0;: %2 fichiers écrits, %3 inchangés. Mettez en ligne le dossier tel quel&#xa0;; ses liens sont relatifs.</translation>
    </message>
</context>
<context>
    <name>csc::ReviewActions</name>
    <message>
        <source>Export &amp;Review Copy…</source>
        <translation>Exporter une copie de &amp;relecture…</translation>
    </message>
    <message>
        <source>&amp;Write Changes to Send Back…</source>
        <translation>É&amp;crire les modifications à renvoyer…</translation>
    </message>
    <message>
        <source>&amp;Merge a Member&apos;s Changes…</source>
        <translation>&amp;Intégrer les modifications d&apos;un membre…</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>Exporter une copie de relecture</translation>
    </message>
    <message>
        <source>The roster is empty: add the committee&apos;s members first.</source>
        <translation>La liste des membres est vide&#xa0;: ajoutez d&apos;abord les membres du comité.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Observer copy (no confidential material)…</source>
        <translation>Copie d&apos;observateur (sans documents confidentiels)…</translation>
    </message>
    <message>
        <source>Review copy for:</source>
        <translation>Copie de relecture pour&#xa0;:</translation>
    </message>
    <message>
        <source>review-copy-%1-%2.db</source>
        <translation>copie-relecture-%1-%2.db</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>Bases de données CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>The review copy for %1 was written to %2. It opens in CSC Desk like any database.</source>
        <translation>La copie de relecture pour %1 a été écrite dans %2. Elle s&apos;ouvre dans CSC Desk comme toute base de données.</translation>
    </message>
    <message>
        <source>Write Changes to Send Back</source>
        <translation>Écrire les modifications à renvoyer</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes)</source>
        <translation>Modifications CSC Desk (*.changes)</translation>
    </message>
    <message>
        <source>Write Changes</source>
        <translation>Écrire les modifications</translation>
    </message>
    <message>
        <source>Your changes were written to %1. Send this file to the secretariat.</source>
        <translation>Vos modifications ont été écrites dans %1. Envoyez ce fichier au secrétariat.</translation>
    </message>
    <message>
        <source>Merge a Member&apos;s Changes</source>
        <translation>Intégrer les modifications d&apos;un membre</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes);;All files (*)</source>
        <translation>Modifications CSC Desk (*.changes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Intégrer les modifications</translation>
    </message>
    <message>
        <source>Everything in this file was merged before; nothing changes.</source>
        <translation>Tout le contenu de ce fichier a déjà été intégré&#xa0;; rien ne change.</translation>
    </message>
    <message>
        <source>This file holds no changes.</source>
        <translation>Ce fichier ne contient aucune modification.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modifications de &lt;b&gt;%1&lt;/b&gt;&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Will be merged:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seront intégrées&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not forced in (kept for you to decide):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Non imposées (laissées à votre décision)&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merge now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Intégrer maintenant&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes &amp;Kept from Merges…</source>
        <translation>Modifications &amp;conservées lors des intégrations…</translation>
    </message>
    <message>
        <source>Changes Kept from Merges</source>
        <translation>Modifications conservées lors des intégrations</translation>
    </message>
    <message>
        <source>No member&apos;s change is waiting for a decision.</source>
        <translation>Aucune modification d&apos;un membre n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Not forced in when merged. Dismiss:</source>
        <translation>Non imposées lors de l&apos;intégration. Écarter&#xa0;:</translation>
    </message>
    <message>
        <source>Dismiss a Kept Change</source>
        <translation>Écarter une modification conservée</translation>
    </message>
    <message>
        <source>Why (for the record):</source>
        <translation>Pourquoi (pour le dossier)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csc::ReviewCopy</name>
    <message>
        <source>The review copy could not be checked.</source>
        <translation>La copie de relecture n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The review copy could not be cleaned of confidential records.</source>
        <translation>Les enregistrements confidentiels n&apos;ont pas pu être retirés de la copie de relecture.</translation>
    </message>
</context>
<context>
    <name>csc::RosterModel</name>
    <message>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>Ne vote pas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ancien membre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>csc::RosterSetupPage</name>
    <message>
        <source>The roster</source>
        <translation>La liste des membres</translation>
    </message>
    <message>
        <source>Members and liaisons: add them one by one or import a CSV file with the columns name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</source>
        <translation>Membres et agents de liaison&#xa0;: ajoutez-les un par un ou importez un fichier CSV avec les colonnes name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la liste des membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition:&lt;/b&gt; the roster meets the charter&apos;s minimum.</source>
        <translation>&lt;b&gt;Composition&#xa0;:&lt;/b&gt; la liste des membres respecte le minimum prévu par la charte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vérification de la composition&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>Impossible d&apos;ajouter le membre</translation>
    </message>
</context>
<context>
    <name>csc::RowChange</name>
    <message>
        <source>The changes name a table this database does not have: %1.</source>
        <translation>Les modifications désignent une table absente de cette base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The changes were made with a different layout of table %1.</source>
        <translation>Les modifications ont été faites avec une structure différente de la table %1.</translation>
    </message>
    <message>
        <source>The changes are damaged and cannot be read.</source>
        <translation>Les modifications sont endommagées et illisibles.</translation>
    </message>
</context>
<context>
    <name>csc::RulesSetupPage</name>
    <message>
        <source>The rules</source>
        <translation>Les règles</translation>
    </message>
    <message>
        <source>Response windows and thresholds, as the charter sets them by default. Change what your committee does differently; all of it stays in Edit › Settings.</source>
        <translation>Délais de réponse et seuils, tels que la charte les fixe par défaut. Modifiez ce que votre comité fait différemment&#xa0;; tout reste accessible dans Édition › Paramètres.</translation>
    </message>
    <message>
        <source>IFO written response due within:</source>
        <translation>Réponse écrite de l&apos;IFO due sous&#xa0;:</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>Significant-failure response within:</source>
        <translation>Réponse à une défaillance importante sous&#xa0;:</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> jours calendaires</translation>
    </message>
    <message>
        <source>Minutes published within:</source>
        <translation>Procès-verbal publié sous&#xa0;:</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>Signaler les échéances proches à moins de&#xa0;:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>Suggérer la gestion des problèmes après&#xa0;:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> plaintes</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…concernant un niveau de service en&#xa0;:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>Une mesure est manquée de façon persistante en&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…sur les derniers&#xa0;:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>Une décision exige au moins&#xa0;:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> membres présents</translation>
    </message>
    <message>
        <source>Cannot save the rules</source>
        <translation>Impossible d&apos;enregistrer les règles</translation>
    </message>
</context>
<context>
    <name>csc::SectionPage</name>
    <message>
        <source>Nothing in %1 prints. Print from Cases (the selected case), Performance (the month&apos;s findings) or Meetings &amp; Minutes (the public minutes).</source>
        <translation>Rien à imprimer dans %1. Imprimez depuis Dossiers (le dossier sélectionné), Performance (les constatations du mois) ou Réunions et PV (le procès-verbal public).</translation>
    </message>
    <message>
        <source>The undo history was cleared: a step in it can no longer be undone.</source>
        <translation>L&apos;historique d&apos;annulation a été effacé&#xa0;: une étape qu&apos;il contenait ne peut plus être annulée.</translation>
    </message>
</context>
<context>
    <name>csc::ServiceLevelDialog</name>
    <message>
        <source>Amend a service level</source>
        <translation>Modifier un niveau de service</translation>
    </message>
    <message>
        <source>New service level</source>
        <translation>Nouveau niveau de service</translation>
    </message>
    <message>
        <source>Max — a request must take at most the threshold</source>
        <translation>Max — une demande doit durer au plus le seuil</translation>
    </message>
    <message>
        <source>Min — a request must take at least the threshold</source>
        <translation>Min — une demande doit durer au moins le seuil</translation>
    </message>
    <message>
        <source>Process category:</source>
        <translation>Catégorie de procédure&#xa0;:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Compliance target:</source>
        <translation>Objectif de conformité&#xa0;:</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>En vigueur à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Defined from:</source>
        <translation>Défini à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>Le comité</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>L&apos;IFO</translation>
    </message>
    <message>
        <source>A change makes a new version from the month chosen; months already rated keep the definition they were judged by.</source>
        <translation>Une modification crée une nouvelle version à partir du mois choisi&#xa0;; les mois déjà évalués conservent la définition selon laquelle ils ont été jugés.</translation>
    </message>
    <message>
        <source>Change request:</source>
        <translation>Demande de modification&#xa0;:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Demandée par&#xa0;:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consultation&#xa0;:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Holiday Calendar</source>
        <translation>Calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Deadlines and Rules</source>
        <translation>Délais et règles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Your name and role are written into the audit trail with every change you make.</source>
        <translation>Votre nom et votre rôle sont inscrits dans le journal d&apos;audit à chaque modification que vous faites.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>&amp;Add Holiday</source>
        <translation>&amp;Ajouter un jour férié</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday, less these holidays. Case deadlines and the minutes deadline count business days.</source>
        <translation>Les jours ouvrés vont du lundi au vendredi, hors jours fériés ci-dessous. Les échéances des dossiers et du procès-verbal se comptent en jours ouvrés.</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>Signaler les échéances proches à moins de&#xa0;:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>Suggérer la gestion des problèmes après&#xa0;:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> plaintes</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…concernant un niveau de service en&#xa0;:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>Une mesure est manquée de façon persistante en&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…sur les derniers&#xa0;:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>Une décision exige au moins&#xa0;:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> membres présents</translation>
    </message>
    <message>
        <source>Rating below Satisfactory:</source>
        <translation>Évaluation inférieure à Satisfaisant&#xa0;:</translation>
    </message>
    <message>
        <source>One level per line, lowest first; the last is the ICANN Board.</source>
        <translation>Un niveau par ligne, du plus bas au plus haut&#xa0;; le dernier est le Conseil d&apos;administration de l&apos;ICANN.</translation>
    </message>
    <message>
        <source>Remedial action escalation levels:</source>
        <translation>Niveaux de recours des mesures correctives&#xa0;:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it signs every change you make.</source>
        <translation>Votre nom ne peut pas être vide&#xa0;: il signe chacune de vos modifications.</translation>
    </message>
    <message>
        <source>Not on the roster</source>
        <translation>Hors de la composition du comité</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>Set-up Assistant…</source>
        <translation>Assistant de configuration…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Adds the holidays of an iCalendar file (all-day events) or a list of ISO dates, one per line, as the command line&apos;s --holidays does.</source>
        <translation>Ajoute les jours fériés d&apos;un fichier iCalendar (événements sur une journée entière) ou d&apos;une liste de dates ISO, une par ligne, comme le fait l&apos;option --holidays de la ligne de commande.</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>Fichiers de jours fériés (*.ics *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Date du jour férié</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added; save with OK.</source>
        <translation>
            <numerusform>%n jour férié ajouté&#xa0;; enregistrez avec OK.</numerusform>
            <numerusform>%n jours fériés ajoutés&#xa0;; enregistrez avec OK.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public documents are written in:</source>
        <translation>Les documents publics sont rédigés en&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>%1: entered with the move, in %2</source>
        <translation>%1&#xa0;: saisi avec le changement d&apos;étape, en %2</translation>
    </message>
    <message>
        <source>Minutes are approved by:</source>
        <translation>Le procès-verbal est approuvé par&#xa0;:</translation>
    </message>
    <message>
        <source> members&apos; approvals</source>
        <translation> approbations de membres</translation>
    </message>
    <message>
        <source>a majority of the voting members</source>
        <translation>la majorité des membres votants</translation>
    </message>
    <message>
        <source>Shared Server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>A committee that works together keeps its database on a PostgreSQL server. Your password is never saved: CSC Desk asks for it when the server wants one, unless ~/.pgpass or PGPASSWORD gives it. TLS follows libpq (sslmode, PGSSLMODE).</source>
        <translation>Un comité qui travaille ensemble garde sa base de données sur un serveur PostgreSQL. Votre mot de passe n’est jamais enregistré : CSC Desk le demande quand le serveur en veut un, sauf si ~/.pgpass ou PGPASSWORD le donne. TLS suit libpq (sslmode, PGSSLMODE).</translation>
    </message>
    <message>
        <source>localhost, a host name, or a socket folder</source>
        <translation>localhost, un nom d’hôte ou un dossier de socket</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>votre rôle de base de données</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer, or PGSSLMODE)</source>
        <translation>valeur par défaut de libpq (prefer, ou PGSSLMODE)</translation>
    </message>
    <message>
        <source>&amp;Use this server at start-up</source>
        <translation>&amp;Utiliser ce serveur au démarrage</translation>
    </message>
    <message>
        <source>Without --db, CSC Desk opens this committee database instead of the local file.</source>
        <translation>Sans --db, CSC Desk ouvre la base de données de ce comité au lieu du fichier local.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>TLS (ssl&amp;mode):</source>
        <translation>TLS (ssl&amp;mode) :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>csc::SetupTransferButtons</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>%1 a été écrit dans %2.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Le fichier comporte %n problème&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>Le fichier comporte %n problèmes&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1&#xa0;: %2 ajouté(s), %3 déjà présent(s).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
</context>
<context>
    <name>csc::SetupWizard</name>
    <message>
        <source>Set Up the Committee</source>
        <translation>Configurer le comité</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Terminer pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>csc::SqlQuery</name>
    <message>
        <source>The database refused an operation.</source>
        <translation>La base de données a refusé une opération.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; nothing was written. Free some disk space and save again.</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a pas été enregistrée et rien n&apos;a été écrit. Libérez de l&apos;espace disque et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The database file could not be written (the disk is full or a file size limit was reached), so the change was not saved. Free some disk space and save again.</source>
        <translation>Le fichier de base de données n&apos;a pas pu être écrit (le disque est plein ou une limite de taille de fichier a été atteinte)&#xa0;; la modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace disque et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>csc::SqliteDialect</name>
    <message>
        <source>Cannot mark the file as a CSC Desk database.</source>
        <translation>Impossible de marquer le fichier comme base de données CSC Desk.</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>La base de données a refusé une opération.</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanModel</name>
    <message>
        <source>Published with the work plan</source>
        <translation>Publié avec le plan de travail</translation>
    </message>
    <message>
        <source>Internal: left out of the public work plan</source>
        <translation>Interne&#xa0;: exclu du plan de travail public</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Élément du plan de travail</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Échéance visée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanPanel</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Edit work item “%1”</source>
        <translation>Modifier l&apos;élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work plan&lt;/b&gt; — public items are posted; untick an item to keep it internal.</source>
        <translation>&lt;b&gt;Plan de travail&lt;/b&gt; — les éléments publics sont publiés&#xa0;; décochez un élément pour le garder interne.</translation>
    </message>
    <message>
        <source>Add Work Item…</source>
        <translation>Ajouter un élément…</translation>
    </message>
    <message>
        <source>Export Public Work Plan…</source>
        <translation>Exporter le plan de travail public…</translation>
    </message>
    <message>
        <source>Add Work Item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Work item:</source>
        <translation>Élément&#xa0;:</translation>
    </message>
    <message>
        <source>Export Public Work Plan</source>
        <translation>Exporter le plan de travail public</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Markdown (*.md)</source>
        <translation>Page web (*.html);;PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The public work plan was written to %1.</source>
        <translation>Le plan de travail public a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The work item is no longer in the work plan.</source>
        <translation>Cet élément ne figure plus dans le plan de travail.</translation>
    </message>
</context>
<context>
    <name>cscdesk</name>
    <message>
        <source>Lists cases, for scripting.</source>
        <translation>Liste les dossiers, pour les scripts.</translation>
    </message>
    <message>
        <source>Only this process: complaint, problem, emergency or appeal.</source>
        <translation>Seulement cette procédure&#xa0;: complaint, problem, emergency ou appeal.</translation>
    </message>
    <message>
        <source>Only open cases past their deadline.</source>
        <translation>Seulement les dossiers ouverts dont l&apos;échéance est dépassée.</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table, csv ou json.</translation>
    </message>
    <message>
        <source>Judge deadlines on this day, YYYY-MM-DD (default: today).</source>
        <translation>Évaluer les échéances à cette date, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--process must be complaint, problem, emergency or appeal, not “%1”</source>
        <translation>--process doit être complaint, problem, emergency ou appeal, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>--format doit être table, csv ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--as-of “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--as-of «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Procédure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Operator: %1 (.%2)</source>
        <translation>Opérateur&#xa0;: %1 (.%2)</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service level: %1</source>
        <translation>Niveau de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Ouvert le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>Confidentiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>; table-top exercise</source>
        <translation>&#xa0;; exercice sur table</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>ouvert à l&apos;étape %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Opened from %1 %2</source>
        <translation>Ouvert depuis %1 %2</translation>
    </message>
    <message>
        <source>Led to %1 %2</source>
        <translation>A conduit à %1 %2</translation>
    </message>
    <message>
        <source>Creates a demonstration database of a realistic committee.</source>
        <translation>Crée une base de données de démonstration d&apos;un comité réaliste.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>Le nouveau fichier de base de données (ne doit pas exister).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Graine aléatoire&#xa0;; la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>Years of history (1-30).</source>
        <translation>Années d&apos;historique (1-30).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD (default: today).</source>
        <translation>La date du jour de la démo, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Do nothing when the file already exists.</source>
        <translation>Ne rien faire si le fichier existe déjà.</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>--out CHEMIN est obligatoire</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not “%1”</source>
        <translation>--seed doit être un nombre entier positif ou nul, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--years must be between 1 and 30, not “%1”</source>
        <translation>--years doit être compris entre 1 et 30, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation>Base de données de démonstration écrite dans %1</translation>
    </message>
    <message>
        <source>`info` takes no arguments</source>
        <translation>`info` ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>committee: %1</source>
        <translation>comité&#xa0;: %1</translation>
    </message>
    <message>
        <source>access: %1</source>
        <translation>accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>lecture seule (%1)</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>Create a demonstration database</source>
        <translation>Créer une base de données de démonstration</translation>
    </message>
    <message>
        <source>Show the database&apos;s schema, committee and access</source>
        <translation>Afficher le schéma, le comité et l&apos;accès de la base de données</translation>
    </message>
    <message>
        <source>Service levels: import figures, show a month, write the findings report</source>
        <translation>Niveaux de service&#xa0;: importer des chiffres, afficher un mois, rédiger le rapport de constatations</translation>
    </message>
    <message>
        <source>review export needs --for MEMBER and --out FILE</source>
        <translation>review export exige --for MEMBRE et --out FICHIER</translation>
    </message>
    <message>
        <source>Review copy for %1 written to %2</source>
        <translation>Copie de relecture pour %1 écrite dans %2</translation>
    </message>
    <message>
        <source>review changes needs --out FILE</source>
        <translation>review changes exige --out FICHIER</translation>
    </message>
    <message>
        <source>Changes written to %1</source>
        <translation>Modifications écrites dans %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3 merged, %4 not forced in, %5 merged before</source>
        <translation>%1 — modifications de %2&#xa0;: %3 intégrées, %4 non imposées, %5 déjà intégrées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Member (name or id) the copy is for.</source>
        <translation>Membre (nom ou identifiant) destinataire de la copie.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>Make an observer&apos;s copy: no confidential material.</source>
        <translation>Créer une copie d&apos;observateur&#xa0;: sans documents confidentiels.</translation>
    </message>
    <message>
        <source>Show what merging would do; change nothing.</source>
        <translation>Montrer ce que ferait l&apos;intégration&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>export, changes or merge</source>
        <translation>export, changes ou merge</translation>
    </message>
    <message>
        <source>expected `review export`, `review changes` or `review merge FILE`; see `cscdesk review --help`</source>
        <translation>`review export`, `review changes` ou `review merge FICHIER` attendu&#xa0;; voir `cscdesk review --help`</translation>
    </message>
    <message>
        <source>Export review copies, write and merge their changes</source>
        <translation>Exporter les copies de relecture, écrire et intégrer leurs modifications</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail.</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>expected `audit verify`</source>
        <translation>`audit verify` attendu</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>journal d&apos;audit rompu à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries verified.</source>
        <translation>
            <numerusform>Journal d&apos;audit intact&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>Journal d&apos;audit intact&#xa0;: %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the tamper-evident audit trail</source>
        <translation>Vérifier le journal d&apos;audit infalsifiable</translation>
    </message>
    <message>
        <source>CSC Desk: the workbench of a Customer Standing Committee.</source>
        <translation>CSC Desk&#xa0;: l&apos;outil de travail d&apos;un Comité permanent des clients.</translation>
    </message>
    <message>
        <source>Open the database read-only.</source>
        <translation>Ouvrir la base de données en lecture seule.</translation>
    </message>
    <message>
        <source>Open on a section: cases, performance, meetings, committee or calendar.</source>
        <translation>Ouvrir sur une section&#xa0;: cases, performance, meetings, committee ou calendar.</translation>
    </message>
    <message>
        <source>Run headless; `cscdesk &lt;command&gt; --help` for its options. Commands:</source>
        <translation>Exécuter sans interface&#xa0;; `cscdesk &lt;commande&gt; --help` pour ses options. Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>cscdesk: unknown command “%1”; see cscdesk --help</source>
        <translation>cscdesk&#xa0;: commande «&#xa0;%1&#xa0;» inconnue&#xa0;; voir cscdesk --help</translation>
    </message>
    <message>
        <source>The day of the meeting, YYYY-MM-DD.</source>
        <translation>Le jour de la réunion, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>html, pdf or md.</source>
        <translation>html, pdf ou md.</translation>
    </message>
    <message>
        <source>The file to write (default: csc-minutes-DATE.EXT).</source>
        <translation>Le fichier à écrire (par défaut&#xa0;: csc-minutes-DATE.EXT).</translation>
    </message>
    <message>
        <source>Exports the public minutes of a meeting.</source>
        <translation>Exporte le procès-verbal public d&apos;une réunion.</translation>
    </message>
    <message>
        <source>--meeting “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--meeting «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>Procès-verbal public écrit dans %1</translation>
    </message>
    <message>
        <source>A holiday file (one YYYY-MM-DD per line, or .ics); default: the database&apos;s holidays.</source>
        <translation>Un fichier de jours fériés (un AAAA-MM-JJ par ligne, ou .ics)&#xa0;; par défaut&#xa0;: les jours fériés de la base de données.</translation>
    </message>
    <message>
        <source>Prints the day the minutes of a meeting must be published by (YYYY-MM-DD).</source>
        <translation>Affiche la date limite de publication du procès-verbal d&apos;une réunion (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--meeting-date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--meeting-date «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>Count from this day, YYYY-MM-DD (default: today).</source>
        <translation>Compter à partir de ce jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s calendar (meetings, minutes deadlines, obligations) as iCalendar.</source>
        <translation>Exporte le calendrier du comité (réunions, échéances des procès-verbaux, obligations) au format iCalendar.</translation>
    </message>
    <message>
        <source>--out FILE.ics is required</source>
        <translation>--out FICHIER.ics est obligatoire</translation>
    </message>
    <message>
        <source>--today “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--today «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendrier écrit dans %1</translation>
    </message>
    <message>
        <source>The file to write (default: csc-work-plan-DATE.EXT).</source>
        <translation>Le fichier à écrire (par défaut&#xa0;: csc-work-plan-DATE.EXT).</translation>
    </message>
    <message>
        <source>Export the public work plan.</source>
        <translation>Exporter le plan de travail public.</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s public work plan: `workplan export`.</source>
        <translation>Exporte le plan de travail public du comité&#xa0;: `workplan export`.</translation>
    </message>
    <message>
        <source>expected `workplan export`</source>
        <translation>`workplan export` attendu</translation>
    </message>
    <message>
        <source>Public work plan written to %1</source>
        <translation>Plan de travail public écrit dans %1</translation>
    </message>
    <message>
        <source>Print the minutes&apos; publication due date</source>
        <translation>Afficher la date limite de publication du procès-verbal</translation>
    </message>
    <message>
        <source>Export the committee calendar as .ics</source>
        <translation>Exporter le calendrier du comité au format .ics</translation>
    </message>
    <message>
        <source>Export the public work plan</source>
        <translation>Exporter le plan de travail public</translation>
    </message>
    <message numerus="yes">
        <source>%n kept change(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n modification conservée en attente de décision.</numerusform>
            <numerusform>%n modifications conservées en attente de décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the number of a kept change</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le numéro d&apos;une modification conservée</translation>
    </message>
    <message>
        <source>Kept change %1 dismissed.</source>
        <translation>Modification conservée %1 écartée.</translation>
    </message>
    <message>
        <source>Offline review copies:
  review export --for MEMBER --out FILE [--observer]
  review changes --out FILE        (in a review copy)
  review merge FILE [--preview]    (in the committee&apos;s database)
  review kept                      (changes not forced in, waiting for a decision)
  review dismiss ID [--why TEXT]   (decide against a kept change)</source>
        <translation>Copies de relecture hors ligne&#xa0;:
  review export --for MEMBRE --out FICHIER [--observer]
  review changes --out FICHIER     (dans une copie de relecture)
  review merge FICHIER [--preview] (dans la base de données du comité)
  review kept                      (modifications non imposées, en attente de décision)
  review dismiss ID [--why TEXTE]  (écarter une modification conservée)</translation>
    </message>
    <message>
        <source>Why a kept change is dismissed.</source>
        <translation>Pourquoi une modification conservée est écartée.</translation>
    </message>
    <message>
        <source>realistic (default: the real committee&apos;s volumes) or bench (about 1,000 cases a year, for the benchmarks).</source>
        <translation>realistic (par défaut&#xa0;: les volumes du comité réel) ou bench (environ 1&#xa0;000 dossiers par an, pour les bancs d&apos;essai).</translation>
    </message>
    <message>
        <source>--scale must be realistic or bench, not “%1”</source>
        <translation>--scale doit être realistic ou bench, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>Documents de séance écrits dans %1</translation>
    </message>
    <message>
        <source>Export the public minutes or the meeting pack</source>
        <translation>Exporter le procès-verbal public ou les documents de séance</translation>
    </message>
    <message>
        <source>Writes the committee&apos;s public site into a folder: index, minutes, findings, work plan, calendar and Atom feed. Files that did not change are left as they are.</source>
        <translation>Écrit le site public du comité dans un dossier&#xa0;: index, procès-verbaux, constatations, plan de travail, calendrier et flux Atom. Les fichiers inchangés sont laissés tels quels.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>Le dossier du site.</translation>
    </message>
    <message>
        <source>The day to publish as of (default: today).</source>
        <translation>La date de référence de la publication (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR est obligatoire</translation>
    </message>
    <message>
        <source>Public site in %1: %2 files written, %3 unchanged</source>
        <translation>Site public dans %1&#xa0;: %2 fichiers écrits, %3 inchangés</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public site</source>
        <translation>Écrire le site public du comité</translation>
    </message>
    <message>
        <source>Checks the audit trail: `cscdesk audit verify [--against FILE|HEAD]...`.
The chain is checked entry by entry, against every head this database noted when it published a document or issued a review copy, against each head given (&quot;audit N HASH&quot;, or a file that carries one: HTML, Markdown, iCalendar, text, PDF, a review copy, a changes file), and its append-only triggers are checked.</source>
        <translation>Vérifie le journal d&apos;audit&#xa0;: `cscdesk audit verify [--against FILE|HEAD]...`.
La chaîne est vérifiée entrée par entrée, par rapport à chaque tête consignée par cette base de données lors de la publication d&apos;un document ou de l&apos;émission d&apos;une copie de relecture, par rapport à chaque tête indiquée («&#xa0;audit N HASH&#xa0;», ou un fichier qui en contient une&#xa0;: HTML, Markdown, iCalendar, texte, PDF, copie de relecture, fichier de modifications), et ses déclencheurs d&apos;ajout seul sont vérifiés.</translation>
    </message>
    <message>
        <source>A head (&quot;audit N HASH&quot;) or a file carrying one to check the chain against; may be given more than once.</source>
        <translation>Une tête («&#xa0;audit N HASH&#xa0;») ou un fichier en contenant une, par rapport auquel vérifier la chaîne&#xa0;; peut être indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>audit trail broken: %1</source>
        <translation>journal d&apos;audit rompu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>It matches the %n published or given head(s) it was checked against; its append-only triggers are in place.</source>
        <translation>
            <numerusform>Il correspond à %n tête publiée ou indiquée par rapport à laquelle il a été vérifié&#xa0;; ses déclencheurs d&apos;ajout seul sont en place.</numerusform>
            <numerusform>Il correspond aux %n têtes publiées ou indiquées par rapport auxquelles il a été vérifié&#xa0;; ses déclencheurs d&apos;ajout seul sont en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cscdesk cases show REFERENCE [--format text|json]</source>
        <translation>utilisation&#xa0;: cscdesk cases show REFERENCE [--format text|json]</translation>
    </message>
    <message>
        <source>unknown cases command “%1” (list, show, open, move, respond, link, finding or publish-finding)</source>
        <translation>commande cases «&#xa0;%1&#xa0;» inconnue (list, show, open, move, respond, link, finding ou publish-finding)</translation>
    </message>
    <message>
        <source>List cases, show one, and take each step: list [--process P] [--overdue] [--format table|csv|json], show REF [--format json], open, move, respond, link, finding, publish-finding (each with --help)</source>
        <translation>Lister les dossiers, en afficher un et franchir chaque étape&#xa0;: list [--process P] [--overdue] [--format table|csv|json], show REF [--format json], open, move, respond, link, finding, publish-finding (chacune avec --help)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON (urgent reviews, audits, technical changes, updates, liaisons, the IFO&apos;s complaint handling)</source>
        <translation>Les autres missions du comité au format JSON (examens urgents, audits, changements techniques, points d&apos;information, agents de liaison, traitement des plaintes par l&apos;IFO)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON: urgent reviews and consents, periodic audits, technical changes, customer updates and consultations, review-team liaisons, the IFO&apos;s complaint summaries and handling times.</source>
        <translation>Les autres missions du comité au format JSON&#xa0;: examens urgents et consentements, audits périodiques, changements techniques, points d&apos;information et consultations des clients, agents de liaison auprès des équipes de révision, résumés des plaintes de l&apos;IFO et délais de traitement.</translation>
    </message>
    <message>
        <source>approve-by-email: the id of the carried e-mail decision (`decisions list`).</source>
        <translation>approve-by-email&#xa0;: l&apos;identifiant de la décision par courriel adoptée (`decisions list`).</translation>
    </message>
    <message>
        <source>export: the public minutes (confidential sections removed); pack: the members&apos; meeting pack (PDF); approve-by-email: record the e-mail decision that approved circulated minutes.</source>
        <translation>export&#xa0;: le procès-verbal public (sections confidentielles retirées)&#xa0;; pack&#xa0;: les documents de séance des membres (PDF)&#xa0;; approve-by-email&#xa0;: enregistrer la décision par courriel qui a approuvé le procès-verbal diffusé.</translation>
    </message>
    <message>
        <source>say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` or `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</source>
        <translation>indiquez `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` ou `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</translation>
    </message>
    <message>
        <source>--decision ID is required (the e-mail decision&apos;s id)</source>
        <translation>--decision ID est obligatoire (l&apos;identifiant de la décision par courriel)</translation>
    </message>
    <message>
        <source>The minutes of %1 are approved by the e-mail decision %2.</source>
        <translation>Le procès-verbal du %1 est approuvé par la décision par courriel n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>list: the day of the meeting, YYYY-MM-DD.</source>
        <translation>list&#xa0;: le jour de la réunion, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ratify: the id of the carried e-mail decision that ratifies.</source>
        <translation>ratify&#xa0;: l&apos;identifiant de la décision par courriel adoptée qui vaut ratification.</translation>
    </message>
    <message>
        <source>list: a meeting&apos;s decisions and the carried e-mail decisions since, with ids and ratification; ratify: record the e-mail decision that ratifies decision ID.</source>
        <translation>list&#xa0;: les décisions d&apos;une réunion et les décisions par courriel adoptées depuis, avec leurs identifiants et leur ratification&#xa0;; ratify&#xa0;: enregistrer la décision par courriel qui ratifie la décision ID.</translation>
    </message>
    <message>
        <source>Lists decisions and records their ratification by e-mail.</source>
        <translation>Affiche les décisions et enregistre leur ratification par courriel.</translation>
    </message>
    <message>
        <source>say `decisions list --meeting YYYY-MM-DD` or `decisions ratify ID --by EMAIL_DECISION_ID`</source>
        <translation>indiquez `decisions list --meeting YYYY-MM-DD` ou `decisions ratify ID --by EMAIL_DECISION_ID`</translation>
    </message>
    <message>
        <source>Decision %1 is ratified by the e-mail decision %2.</source>
        <translation>La décision n°&#xa0;%1 est ratifiée par la décision par courriel n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>--format is table, csv or json</source>
        <translation>--format doit être table, csv ou json</translation>
    </message>
    <message>
        <source>List decisions; record the e-mail decision that ratifies one</source>
        <translation>Afficher les décisions&#xa0;; enregistrer la décision par courriel qui en ratifie une</translation>
    </message>
    <message>
        <source>Moves a committee onto a shared PostgreSQL server: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. Every record, document and audit entry is copied with its id into the empty database; the audit chain is verified on both sides. The file is only read. Without --from, a new empty committee is created on the server.</source>
        <translation>Déplace un comité vers un serveur PostgreSQL partagé&#xa0;: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. Chaque enregistrement, document et entrée d&apos;audit est copié avec son identifiant dans la base de données vide&#xa0;; la chaîne d&apos;audit est vérifiée des deux côtés. Le fichier est seulement lu. Sans --from, un nouveau comité vide est créé sur le serveur.</translation>
    </message>
    <message>
        <source>The committee file.</source>
        <translation>Le fichier du comité.</translation>
    </message>
    <message>
        <source>The server&apos;s empty database (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>La base de données vide du serveur (mot de passe tiré de PGPASSWORD ou de ~/.pgpass).</translation>
    </message>
    <message>
        <source>expected --to URL (and --from FILE)</source>
        <translation>--to URL attendu (ainsi que --from FILE)</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not “%1”</source>
        <translation>--to doit être une adresse postgresql://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created a new committee at %1.</source>
        <translation>Nouveau comité créé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entries, head %4) verifies on both sides.</source>
        <translation>
            <numerusform>%1 déplacé vers le serveur&#xa0;: %2 lignes dans %3 tables&#xa0;; le journal d&apos;audit (%n entrée, tête %4) est vérifié des deux côtés.</numerusform>
            <numerusform>%1 déplacé vers le serveur&#xa0;: %2 lignes dans %3 tables&#xa0;; le journal d&apos;audit (%n entrées, tête %4) est vérifié des deux côtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a committee file onto a PostgreSQL server</source>
        <translation>Déplacer un fichier de comité vers un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The database file, or a shared server as postgresql://user@host:port/dbname (default: %1).</source>
        <translation>Le fichier de base de données, ou un serveur partagé sous la forme postgresql://user@host:port/dbname (par défaut&#xa0;: %1).</translation>
    </message>
</context>
</TS>
