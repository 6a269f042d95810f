<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionItems</name>
    <message>
        <source>No action item with id %1.</source>
        <translation>No hay ningún punto de acción con el identificador %1.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Un punto de acción necesita un texto.</translation>
    </message>
</context>
<context>
    <name>AppealsPanelProcess</name>
    <message>
        <source>Independent Appeals Panel</source>
        <translation>Panel Independiente de Apelaciones</translation>
    </message>
    <message>
        <source>Binding arbitration on agreed service levels, and what follows its finding.</source>
        <translation>Arbitraje vinculante sobre los niveles de servicio acordados, y lo que sigue a su resolución.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Panel under way</source>
        <translation>Panel en curso</translation>
    </message>
    <message>
        <source>The panel hears the dispute about agreed service levels.</source>
        <translation>El panel examina la controversia sobre los niveles de servicio acordados.</translation>
    </message>
    <message>
        <source>Breach remediable: remedy period</source>
        <translation>Incumplimiento subsanable: plazo de subsanación</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>El panel constató un incumplimiento subsanable; la IFO dispone de los días que fijó.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Opciones de escalamiento adicional</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: further escalation is open.</source>
        <translation>Un incumplimiento no subsanable, o una subsanación no realizada a tiempo: se abre el escalamiento adicional.</translation>
    </message>
    <message>
        <source>Finding: no breach</source>
        <translation>Resolución: sin incumplimiento</translation>
    </message>
    <message>
        <source>No breach: resolved, no further action.</source>
        <translation>Sin incumplimiento: resuelto, sin más acciones.</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>Subsanado</translation>
    </message>
    <message>
        <source>The breach was remedied in time.</source>
        <translation>El incumplimiento se subsanó a tiempo.</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <source>The further escalation is concluded.</source>
        <translation>El escalamiento adicional ha concluido.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>Operador de registro</translation>
    </message>
    <message>
        <source>The appeal was withdrawn.</source>
        <translation>La apelación fue retirada.</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Resolución del panel</translation>
    </message>
    <message>
        <source>Finding: breach capable of remedy</source>
        <translation>Resolución: incumplimiento subsanable</translation>
    </message>
    <message>
        <source>Finding: breach not capable of remedy</source>
        <translation>Resolución: incumplimiento no subsanable</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>Apelación retirada</translation>
    </message>
    <message>
        <source>Remedy confirmed</source>
        <translation>Subsanación confirmada</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Subsanación no realizada a tiempo</translation>
    </message>
    <message>
        <source>Conclude the escalation</source>
        <translation>Concluir el escalamiento</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Informe de la IFO sobre la subsanación</translation>
    </message>
</context>
<context>
    <name>AttendanceRecord</name>
    <message>
        <source>Quorate: %1 of %2 voting members present.</source>
        <translation>Con quórum: %1 de %2 miembros con voto presentes.</translation>
    </message>
    <message>
        <source>Decisions can be taken.</source>
        <translation>Se pueden tomar decisiones.</translation>
    </message>
    <message>
        <source>No decisions can be taken: at least %1 voting members must be present.</source>
        <translation>No se pueden tomar decisiones: deben estar presentes al menos %1 miembros con voto.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present (a quorum needs all of them). Decisions can still be taken, as at least %3 members are present; the minutes record that the meeting was not quorate.</source>
        <translation>Sin quórum: %1 de %2 miembros con voto presentes (el quórum exige que estén todos). Aun así se pueden tomar decisiones, ya que están presentes al menos %3 miembros; el acta hace constar que la reunión no tuvo quórum.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present. No decisions can be taken: at least %3 voting members must be present.</source>
        <translation>Sin quórum: %1 de %2 miembros con voto presentes. No se pueden tomar decisiones: deben estar presentes al menos %3 miembros con voto.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions must be unanimous.</source>
        <translation>Con vacantes en el comité, las decisiones deben ser unánimes.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The audit head of “%1” cannot be noted: %2</source>
        <translation>No se puede anotar la cabeza de auditoría de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head.</source>
        <translation>«%1» no es una cabeza de la cadena de auditoría.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>the head noted for “%1” on %2</source>
        <translation>la cabeza anotada para «%1» el %2</translation>
    </message>
    <message>
        <source>the chain ends at entry %1, but %2 (“%3”) names entry %4: the last %5 entries were cut off</source>
        <translation>la cadena termina en la entrada %1, pero %2 («%3») menciona la entrada %4: se cortaron las últimas %5 entradas</translation>
    </message>
    <message>
        <source> after entry %1 (the newest head that still matches)</source>
        <translation> después de la entrada %1 (la cabeza más reciente que aún coincide)</translation>
    </message>
    <message>
        <source>entry %1 no longer has the hash of %2 (“%3”): the chain was rewritten%4 with recomputed hashes, or the head is another database&apos;s</source>
        <translation>la entrada %1 ya no tiene el hash de %2 («%3»): la cadena se reescribió%4 con hashes recalculados, o la cabeza es de otra base de datos</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 is missing: entries can be changed or removed without SQLite refusing</source>
        <translation>falta el disparador de solo adición %1 en %2: se pueden modificar o eliminar entradas sin que SQLite lo impida</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 was altered</source>
        <translation>el disparador de solo adición %1 en %2 se modificó</translation>
    </message>
    <message>
        <source>an unexpected trigger %1 acts on %2</source>
        <translation>un disparador inesperado %1 actúa sobre %2</translation>
    </message>
</context>
<context>
    <name>AuditHeadReader</name>
    <message>
        <source>the head given</source>
        <translation>la cabeza indicada</translation>
    </message>
    <message>
        <source>“%1” is neither an audit head (“audit COUNT SHA-256”) nor a file.</source>
        <translation>«%1» no es ni una cabeza de auditoría («audit COUNT SHA-256») ni un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>the head in “%1”</source>
        <translation>la cabeza contenida en «%1»</translation>
    </message>
    <message>
        <source>“%1” carries no audit head (“audit COUNT SHA-256”).</source>
        <translation>«%1» no contiene ninguna cabeza de auditoría («audit COUNT SHA-256»).</translation>
    </message>
    <message>
        <source>“%1” is not a review copy that carries an audit head.</source>
        <translation>«%1» no es una copia de revisión que contenga una cabeza de auditoría.</translation>
    </message>
    <message>
        <source>Reading the text of the PDF “%1” needs pdftotext (Debian package poppler-utils); give the head as text instead.</source>
        <translation>Para leer el texto del PDF «%1» se necesita pdftotext (paquete de Debian poppler-utils); indique la cabeza como texto.</translation>
    </message>
    <message>
        <source>The text of the PDF “%1” could not be read.</source>
        <translation>No se pudo leer el texto del PDF «%1».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a document of this committee.</source>
        <translation>«%1» es demasiado grande para ser un documento de este comité.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>entry %1 is missing: entries were removed before entry %2</source>
        <translation>falta la entrada %1: se eliminaron entradas antes de la entrada %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was inserted or removed</source>
        <translation>la entrada %1 no sigue a la entrada anterior: se insertó o eliminó una entrada</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head (expected “audit COUNT SHA-256”).</source>
        <translation>«%1» no es una cabeza de la cadena de auditoría (se esperaba «audit COUNT SHA-256»).</translation>
    </message>
</context>
<context>
    <name>CaseCategories</name>
    <message>
        <source>Technical checks</source>
        <translation>Comprobaciones técnicas</translation>
    </message>
    <message>
        <source>Root zone change</source>
        <translation>Cambio en la zona raíz</translation>
    </message>
    <message>
        <source>Contact update</source>
        <translation>Actualización de contactos</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Puntualidad</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>Gestión de tickets</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Delegation of a TLD</source>
        <translation>Delegación de un TLD</translation>
    </message>
    <message>
        <source>Re-delegation of a TLD</source>
        <translation>Redelegación de un TLD</translation>
    </message>
    <message>
        <source>Disputes about the delegation or re-delegation of a TLD are excluded from the committee&apos;s escalation processes; such a case cannot be opened. The operator keeps its right to take legal action directly.</source>
        <translation>Las controversias sobre la delegación o redelegación de un TLD están excluidas de los procesos de escalamiento del comité; no se puede abrir un caso así. El operador conserva su derecho a emprender acciones legales directamente.</translation>
    </message>
    <message>
        <source>“%1” is not a case category.</source>
        <translation>«%1» no es una categoría de caso.</translation>
    </message>
</context>
<context>
    <name>CaseComments</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un comentario necesita algo de texto.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Con %1 de retraso</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Vencido hace %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Plazo restante: %1</translation>
    </message>
</context>
<context>
    <name>CaseDetailDocument</name>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <source>Confidential: for the committee only.</source>
        <translation>Confidencial: solo para el comité.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Table-top exercise</source>
        <translation>Ejercicio de simulación</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>abierto en el paso %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (deshecho)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>«%1» no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>“%1” is %2; documents of a case can be at most %3.</source>
        <translation>«%1» ocupa %2; los documentos de un caso pueden ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read completely.</source>
        <translation>«%1» no se pudo leer por completo.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to store.</source>
        <translation>«%1» está vacío; no hay nada que guardar.</translation>
    </message>
    <message>
        <source>There is no document #%1, or it is confidential.</source>
        <translation>No hay ningún documento n.º %1, o es confidencial.</translation>
    </message>
</context>
<context>
    <name>CaseHandOver</name>
    <message>
        <source>“%1” is not a panel finding (no_breach, remediable or not_remediable).</source>
        <translation>«%1» no es una resolución del panel (no_breach, remediable o not_remediable).</translation>
    </message>
    <message>
        <source>No breach</source>
        <translation>Sin incumplimiento</translation>
    </message>
    <message>
        <source>Breach capable of remedy</source>
        <translation>Incumplimiento subsanable</translation>
    </message>
    <message>
        <source>Breach not capable of remedy</source>
        <translation>Incumplimiento no subsanable</translation>
    </message>
    <message>
        <source>A Problem Management case is opened from a complaint at “%1”; %2 is at “%3”.</source>
        <translation>Un caso de Gestión de problemas se abre a partir de una queja en «%1»; %2 está en «%3».</translation>
    </message>
    <message>
        <source>The hand-over cannot predate %1&apos;s step (%2).</source>
        <translation>El traspaso no puede ser anterior al paso de %1 (%2).</translation>
    </message>
    <message>
        <source>Systemic failure found in complaint %1 (step 6).</source>
        <translation>Falla sistémica constatada en la queja %1 (paso 6).</translation>
    </message>
    <message>
        <source>Systemic failure: %1</source>
        <translation>Falla sistémica: %1</translation>
    </message>
    <message>
        <source>An Independent Appeals Panel case is opened from the appeal step of a complaint or a Problem Management case; %1 is at “%2”.</source>
        <translation>Un caso de Panel Independiente de Apelaciones se abre desde el paso de apelación de una queja o de un caso de Gestión de problemas; %1 está en «%2».</translation>
    </message>
    <message>
        <source>%1 already has an Independent Appeals Panel case under way.</source>
        <translation>%1 ya tiene un caso de Panel Independiente de Apelaciones en curso.</translation>
    </message>
    <message>
        <source>Appeal from %1 (%2).</source>
        <translation>Apelación a partir de %1 (%2).</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>Apelación: %1</translation>
    </message>
    <message>
        <source>A finding is recorded on an Independent Appeals Panel case under way; %1 is not.</source>
        <translation>Una resolución se registra en un caso de Panel Independiente de Apelaciones en curso; %1 no lo es.</translation>
    </message>
    <message>
        <source>A panel finding needs its public text: all findings are published, while the dispute stays confidential.</source>
        <translation>Una resolución del panel necesita su texto público: todas las resoluciones se publican, mientras que la controversia sigue siendo confidencial.</translation>
    </message>
    <message>
        <source>A breach capable of remedy needs the days the panel gave the IFO (calendar days).</source>
        <translation>Un incumplimiento subsanable necesita los días que el panel concedió a la IFO (días calendario).</translation>
    </message>
    <message>
        <source>Panel finding in %1: %2</source>
        <translation>Resolución del panel en %1: %2</translation>
    </message>
    <message>
        <source>%1 has no panel finding yet.</source>
        <translation>%1 aún no tiene resolución del panel.</translation>
    </message>
</context>
<context>
    <name>CaseMoves</name>
    <message>
        <source>Registry Stakeholder Group</source>
        <translation>Grupo de Partes Interesadas de Registros</translation>
    </message>
    <message>
        <source>ccNSO Council</source>
        <translation>Consejo de la ccNSO</translation>
    </message>
    <message>
        <source>GNSO Council</source>
        <translation>Consejo de la GNSO</translation>
    </message>
    <message>
        <source>%1 is in the archive; restore it before changing it.</source>
        <translation>%1 está en el archivo; restáurelo antes de modificarlo.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying why.</source>
        <translation>«%1» necesita una nota que explique el motivo.</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move.</source>
        <translation>«%1» necesita el/la %2: adjúntelo al paso.</translation>
    </message>
    <message>
        <source>The move cannot be dated %1: %2 entered “%3” on %4.</source>
        <translation>El paso no puede fecharse el %1: %2 entró en «%3» el %4.</translation>
    </message>
    <message>
        <source>There is no move #%1.</source>
        <translation>No hay ningún paso n.º %1.</translation>
    </message>
    <message>
        <source>Only the latest move of %1 still in effect can be undone.</source>
        <translation>Solo se puede deshacer el último paso de %1 que sigue vigente.</translation>
    </message>
    <message>
        <source>Undo of the move to “%1”</source>
        <translation>Deshacer el paso a «%1»</translation>
    </message>
    <message>
        <source>%1 is not in remedial action; there is no escalation to advance.</source>
        <translation>%1 no está en acción correctiva; no hay escalamiento que avanzar.</translation>
    </message>
    <message>
        <source>%1 is already at the last escalation level (%2).</source>
        <translation>%1 ya está en el último nivel de escalamiento (%2).</translation>
    </message>
    <message>
        <source>Advancing the escalation needs a note saying why.</source>
        <translation>Avanzar el escalamiento necesita una nota que explique el motivo.</translation>
    </message>
    <message>
        <source>Escalated to %1: %2</source>
        <translation>Escalado a %1: %2</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move, or record the response. Without a response the move is possible after the due date (%3).</source>
        <translation>«%1» necesita el documento «%2»: adjúntelo al paso o registre la respuesta. Sin respuesta, el paso es posible después de la fecha de vencimiento (%3).</translation>
    </message>
    <message>
        <source>“%1” needs the period it runs for, in %2.</source>
        <translation>«%1» necesita el periodo que abarca, en %2.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case #%1, or it is confidential.</source>
        <translation>No hay ningún caso n.º %1, o es confidencial.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Un caso necesita un título.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future (%1).</source>
        <translation>Un caso no puede abrirse en el futuro (%1).</translation>
    </message>
    <message>
        <source>Service level #%1 is not in the catalogue.</source>
        <translation>El nivel de servicio n.º %1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>There is no case %1, or it is confidential.</source>
        <translation>No hay ningún caso %1, o es confidencial.</translation>
    </message>
    <message>
        <source>Making a case public needs the parties&apos; consent: say who agreed and how.</source>
        <translation>Hacer público un caso requiere el consentimiento de las partes: indique quién lo aceptó y cómo.</translation>
    </message>
    <message>
        <source>%1 is still open; only closed cases go to the archive.</source>
        <translation>%1 sigue abierto; solo los casos cerrados pasan al archivo.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un caso no puede vincularse consigo mismo.</translation>
    </message>
</context>
<context>
    <name>CaseResponses</name>
    <message>
        <source>%1 is closed; a response belongs to an open step.</source>
        <translation>%1 está cerrado; una respuesta corresponde a un paso abierto.</translation>
    </message>
    <message>
        <source>%1 is at “%2”, which does not wait for anyone&apos;s response.</source>
        <translation>%1 está en «%2», que no espera la respuesta de nadie.</translation>
    </message>
    <message>
        <source>A response to “%1” of %2 is already recorded; it is not changed afterwards (add a comment to correct it).</source>
        <translation>Ya hay registrada una respuesta a «%1» de %2; no se modifica después (añada un comentario para corregirla).</translation>
    </message>
    <message>
        <source>no response by %1</source>
        <translation>sin respuesta al %1</translation>
    </message>
    <message>
        <source>Say on which day the response was received.</source>
        <translation>Indique en qué día se recibió la respuesta.</translation>
    </message>
    <message>
        <source>A response to %1 received on %2 is outside the step (entered %3, today %4).</source>
        <translation>Una respuesta a %1 recibida el %2 queda fuera del paso (iniciado el %3; hoy es %4).</translation>
    </message>
    <message>
        <source>A received response needs its document: attach it.</source>
        <translation>Una respuesta recibida necesita su documento: adjúntelo.</translation>
    </message>
    <message>
        <source>Response (%1)</source>
        <translation>Respuesta (%1)</translation>
    </message>
    <message>
        <source>“%1” has no due date, so “no response by the due date” cannot be recorded; record the response when it comes.</source>
        <translation>«%1» no tiene fecha de vencimiento, así que no se puede registrar «sin respuesta en la fecha de vencimiento»; registre la respuesta cuando llegue.</translation>
    </message>
    <message>
        <source>The response to %1 is due on %2; “no response” can be recorded only after that day.</source>
        <translation>La respuesta a %1 vence el %2; «sin respuesta» solo puede registrarse después de ese día.</translation>
    </message>
</context>
<context>
    <name>CaseStepActions</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Response to %1</source>
        <translation>Respuesta a %1</translation>
    </message>
    <message>
        <source>Response received from the %1…</source>
        <translation>Respuesta recibida (%1)…</translation>
    </message>
    <message>
        <source>No response by the due date</source>
        <translation>Sin respuesta en la fecha de vencimiento</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>¿Qué se recibió?</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD):</source>
        <translation>Recibida el (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>The Response Received</source>
        <translation>La respuesta recibida</translation>
    </message>
    <message>
        <source>Publish the Finding</source>
        <translation>Publicar la resolución</translation>
    </message>
    <message>
        <source>Publish the public text of the panel&apos;s finding in %1? The dispute itself stays confidential.</source>
        <translation>¿Publicar el texto público de la resolución del panel en %1? La controversia en sí sigue siendo confidencial.</translation>
    </message>
    <message>
        <source>Open a linked Problem Management case from %1?</source>
        <translation>¿Abrir un caso de Gestión de problemas vinculado a partir de %1?</translation>
    </message>
    <message>
        <source>Open a linked Independent Appeals Panel case from %1?</source>
        <translation>¿Abrir un caso de Panel Independiente de Apelaciones vinculado a partir de %1?</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>Abrir un caso de Gestión de problemas</translation>
    </message>
    <message>
        <source>Open Appeals Panel Case</source>
        <translation>Abrir un caso de Panel de Apelaciones</translation>
    </message>
    <message>
        <source>A note (optional):</source>
        <translation>Una nota (opcional):</translation>
    </message>
    <message>
        <source>Panel Finding</source>
        <translation>Resolución del panel</translation>
    </message>
    <message>
        <source>The panel found:</source>
        <translation>El panel constató:</translation>
    </message>
    <message>
        <source>Days the IFO has to remedy it (calendar days):</source>
        <translation>Días de que dispone la IFO para subsanarlo (días calendario):</translation>
    </message>
    <message>
        <source>The finding&apos;s public text (published; the dispute stays confidential):</source>
        <translation>Texto público de la resolución (se publica; la controversia sigue siendo confidencial):</translation>
    </message>
    <message>
        <source>The Panel&apos;s Finding</source>
        <translation>La resolución del panel</translation>
    </message>
</context>
<context>
    <name>CatalogueTransfer</name>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» no es una categoría de proceso (de I a V).</translation>
    </message>
    <message>
        <source>The metric has no name.</source>
        <translation>La métrica no tiene nombre.</translation>
    </message>
    <message>
        <source>The threshold “%1” is not a positive number.</source>
        <translation>El umbral «%1» no es un número positivo.</translation>
    </message>
    <message>
        <source>The unit “%1” is not seconds, minutes, hours or days.</source>
        <translation>La unidad «%1» no es seconds, minutes, hours ni days.</translation>
    </message>
    <message>
        <source>The type “%1” is not Max or Min.</source>
        <translation>El tipo «%1» no es Max ni Min.</translation>
    </message>
    <message>
        <source>The compliance target “%1” is not a percentage above 0 and up to 100.</source>
        <translation>El objetivo de cumplimiento «%1» no es un porcentaje mayor que 0 y de hasta 100.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«%1» no es un mes (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1 “%2” is given twice for %3 (first on line %4).</source>
        <translation>%1 «%2» figura dos veces para %3 (la primera en la línea %4).</translation>
    </message>
    <message>
        <source>%1 “%2” already has a different definition from %3; change it with an amendment, not an import.</source>
        <translation>%1 «%2» ya tiene una definición distinta desde %3; cámbiela con una modificación, no con una importación.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a version from %3; an imported version must start later.</source>
        <translation>%1 «%2» ya tiene una versión desde %3; una versión importada debe empezar después.</translation>
    </message>
    <message>
        <source>%1 is already rated; a change never rewrites a month already evaluated.</source>
        <translation>%1 ya está calificado; un cambio nunca reescribe un mes ya evaluado.</translation>
    </message>
    <message>
        <source>Catalogue imported from %1, effective %2</source>
        <translation>Catálogo importado de %1, vigente desde %2</translation>
    </message>
    <message>
        <source>Imported with the catalogue.</source>
        <translation>Importado con el catálogo.</translation>
    </message>
</context>
<context>
    <name>ChangesFile</name>
    <message>
        <source>“%1” is not a CSC Desk changes file or is damaged: %2.</source>
        <translation>«%1» no es un archivo de cambios de CSC Desk o está dañado: %2.</translation>
    </message>
    <message>
        <source>its header is missing</source>
        <translation>falta su encabezado</translation>
    </message>
    <message>
        <source>its description is cut short</source>
        <translation>su descripción está truncada</translation>
    </message>
    <message>
        <source>its description is unreadable</source>
        <translation>su descripción es ilegible</translation>
    </message>
    <message>
        <source>its description is incomplete</source>
        <translation>su descripción está incompleta</translation>
    </message>
    <message>
        <source>“%1” comes from another committee&apos;s database; nothing was changed.</source>
        <translation>«%1» procede de la base de datos de otro comité; no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” was made with a newer CSC Desk (schema %2; this database has %3); update CSC Desk first. Nothing was changed.</source>
        <translation>«%1» se creó con un CSC Desk más reciente (esquema %2; esta base de datos tiene %3); actualice CSC Desk primero. No se cambió nada.</translation>
    </message>
    <message>
        <source>This review copy has no seal secret; it was made by an earlier CSC Desk. Ask the secretariat for a new review copy.</source>
        <translation>Esta copia de revisión no tiene secreto de sellado; se creó con un CSC Desk anterior. Pida una nueva copia de revisión a la secretaría.</translation>
    </message>
    <message>
        <source>a changes file</source>
        <translation>un archivo de cambios</translation>
    </message>
    <message>
        <source>“%1” is an unsealed changes file of an earlier CSC Desk: it cannot be told from a forgery. Ask the member for a new review copy. Nothing was changed.</source>
        <translation>«%1» es un archivo de cambios sin sellar de un CSC Desk anterior: no se puede distinguir de una falsificación. Pida al miembro una nueva copia de revisión. No se cambió nada.</translation>
    </message>
    <message>
        <source>its seal is missing</source>
        <translation>falta su sello</translation>
    </message>
    <message>
        <source>its seal is unreadable</source>
        <translation>su sello es ilegible</translation>
    </message>
    <message>
        <source>its audit head is unreadable</source>
        <translation>su cabeza de auditoría es ilegible</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not make the image “%1”.</source>
        <translation>No se pudo crear la imagen «%1».</translation>
    </message>
    <message>
        <source>Could not make the drawing “%1”.</source>
        <translation>No se pudo crear el dibujo «%1».</translation>
    </message>
</context>
<context>
    <name>CirculationMail</name>
    <message>
        <source>Nobody on the roster has an e-mail address: add them in Committee.</source>
        <translation>Nadie en la lista de miembros tiene dirección de correo electrónico: añádalas en Comité.</translation>
    </message>
    <message>
        <source>CSC secretariat</source>
        <translation>Secretaría del CSC</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance, %1</source>
        <translation>Conclusiones del CSC sobre el desempeño de la IFO, %1</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the committee&apos;s findings on the IFO&apos;s performance for %1.

Kind regards,
%2
</source>
        <translation>Estimados colegas:

Adjuntamos las conclusiones del comité sobre el desempeño de la IFO en %1.

Atentamente,
%2
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2): draft for review</source>
        <translation>Acta de la reunión n.º %1 del CSC (%2): borrador para revisión</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the draft public minutes of meeting no. %1 of %2 for your review. Confidential sections are in CSC Desk and your review copy only, not in this attachment.

Please send your comments or approval before the publication deadline.

Kind regards,
%3
</source>
        <translation>Estimados colegas:

Adjuntamos, para su revisión, el borrador del acta pública de la reunión n.º %1 del %2. Las secciones confidenciales figuran solo en CSC Desk y en su copia de revisión, no en este adjunto.

Les rogamos que envíen sus comentarios o su aprobación antes del plazo de publicación.

Atentamente,
%3
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2) published</source>
        <translation>Acta de la reunión n.º %1 del CSC (%2) publicada</translation>
    </message>
    <message>
        <source>Dear colleagues,

The approved minutes of meeting no. %1 of %2 are published; the public version is attached.

Kind regards,
%3
</source>
        <translation>Estimados colegas:

Se ha publicado el acta aprobada de la reunión n.º %1 del %2; se adjunta la versión pública.

Atentamente,
%3
</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Circulated to members</source>
        <translation>Circulada a los miembros</translation>
    </message>
    <message>
        <source>Publication announced</source>
        <translation>Publicación anunciada</translation>
    </message>
    <message>
        <source>Findings sent</source>
        <translation>Conclusiones enviadas</translation>
    </message>
    <message>
        <source>There is no kept e-mail %1.</source>
        <translation>No existe el correo electrónico conservado %1.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>No member with id %1.</source>
        <translation>No hay ningún miembro con el identificador %1.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un miembro necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 needs a term start date.</source>
        <translation>%1 necesita una fecha de inicio de mandato.</translation>
    </message>
    <message>
        <source>%1&apos;s term ends (%2) before it starts (%3).</source>
        <translation>El mandato de %1 termina (%2) antes de empezar (%3).</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2); liaisons do not vote.</source>
        <translation>%1 es un enlace (%2); los enlaces no votan.</translation>
    </message>
</context>
<context>
    <name>CommitteeSettings</name>
    <message>
        <source>A holiday has no valid date.</source>
        <translation>Un día festivo no tiene una fecha válida.</translation>
    </message>
    <message>
        <source>The holiday on %1 has no name. Name it or remove the row.</source>
        <translation>El festivo del %1 no tiene nombre. Póngale un nombre o quite la fila.</translation>
    </message>
</context>
<context>
    <name>CommitteeSetup</name>
    <message>
        <source>the committee&apos;s name</source>
        <translation>el nombre del comité</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la lista de miembros</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>el calendario de festivos</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>el catálogo de niveles de servicio</translation>
    </message>
    <message>
        <source>the rules (response windows, thresholds)</source>
        <translation>las reglas (plazos de respuesta, umbrales)</translation>
    </message>
    <message>
        <source>A new committee needs a name.</source>
        <translation>Un comité nuevo necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>CommitteeTransfer</name>
    <message>
        <source>The audit trail of the %1 does not verify: %2</source>
        <translation>El registro de auditoría no se verifica en %1: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows after the copy instead of %3.</source>
        <translation>La tabla %1 tiene %2 filas después de la copia, en lugar de %3.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>la copia</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail ends elsewhere than the source&apos;s.</source>
        <translation>El registro de auditoría de la copia no termina en el mismo punto que el del origen.</translation>
    </message>
</context>
<context>
    <name>CompareAndSet</name>
    <message>
        <source>“%1” was not undone or redone: the record was changed since this step (in another window, by a merged review copy or from the command line). It keeps its current value.</source>
        <translation>«%1» no se deshizo ni se rehízo: el registro se modificó después de este paso (en otra ventana, mediante una copia de revisión integrada o desde la línea de comandos). Conserva su valor actual.</translation>
    </message>
</context>
<context>
    <name>ComplaintPatterns</name>
    <message>
        <source>No service level</source>
        <translation>Sin nivel de servicio</translation>
    </message>
    <message>
        <source>Rising complaints: %1</source>
        <translation>Quejas en aumento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about this service level between %1 and %2: %3.</source>
        <translation>
            <numerusform>%n queja sobre este nivel de servicio entre %1 y %2: %3.</numerusform>
            <numerusform>%n quejas sobre este nivel de servicio entre %1 y %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintProcess</name>
    <message>
        <source>Customer Service Complaint</source>
        <translation>Queja sobre el servicio al cliente</translation>
    </message>
    <message>
        <source>An individual complaint about the IFO&apos;s customer service, escalated step by step.</source>
        <translation>Una queja individual sobre el servicio al cliente de la IFO, escalada paso a paso.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Reclamante</translation>
    </message>
    <message>
        <source>1 · Raised with the IFO</source>
        <translation>1 · Planteada a la IFO</translation>
    </message>
    <message>
        <source>The operator raised the problem with the IFO&apos;s customer service (e-mail, then phone).</source>
        <translation>El operador planteó el problema al servicio al cliente de la IFO (correo electrónico, luego teléfono).</translation>
    </message>
    <message>
        <source>2 · Reported to the committee</source>
        <translation>2 · Comunicada al comité</translation>
    </message>
    <message>
        <source>Reported to the committee for the record only; the complainant may go to the Ombudsman.</source>
        <translation>Comunicada al comité solo para que conste; el reclamante puede acudir al Defensor.</translation>
    </message>
    <message>
        <source>3 · Ombudsman</source>
        <translation>3 · Defensor</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Defensor</translation>
    </message>
    <message>
        <source>The Ombudsman reports the result to the operator and the committee, or redirects the matter.</source>
        <translation>El Defensor informa del resultado al operador y al comité, o remite el asunto a otro órgano.</translation>
    </message>
    <message>
        <source>4 · Written response requested</source>
        <translation>4 · Respuesta escrita solicitada</translation>
    </message>
    <message>
        <source>The committee requested a written response from the IFO and facilitates an agreed outcome.</source>
        <translation>El comité solicitó una respuesta escrita a la IFO y facilita un acuerdo.</translation>
    </message>
    <message>
        <source>5 · External mediation</source>
        <translation>5 · Mediación externa</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>Comité y mediador</translation>
    </message>
    <message>
        <source>An external mediator, with reports on the earlier attempts from the committee and the IFO.</source>
        <translation>Un mediador externo, con informes del comité y de la IFO sobre los intentos anteriores.</translation>
    </message>
    <message>
        <source>6 · Systemic failure?</source>
        <translation>6 · ¿Falla sistémica?</translation>
    </message>
    <message>
        <source>The committee decides whether a systemic failure is involved (and may open Problem Management).</source>
        <translation>El comité decide si hay una falla sistémica (y puede abrir una Gestión de problemas).</translation>
    </message>
    <message>
        <source>7 · Independent Appeals Panel</source>
        <translation>7 · Panel Independiente de Apelaciones</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>Operador de registro</translation>
    </message>
    <message>
        <source>The registry operator started an Independent Appeals Panel on its own.</source>
        <translation>El operador de registro inició por su cuenta un Panel Independiente de Apelaciones.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Resolved with the remedial action agreed.</source>
        <translation>Resuelto con la acción correctiva acordada.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant.</source>
        <translation>Retirada por el reclamante.</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <source>Not an IANA operational issue: redirected to the right body.</source>
        <translation>No es un asunto operativo de la IANA: remitido al órgano competente.</translation>
    </message>
    <message>
        <source>Report to the committee</source>
        <translation>Comunicar al comité</translation>
    </message>
    <message>
        <source>Go to the Ombudsman</source>
        <translation>Acudir al Defensor</translation>
    </message>
    <message>
        <source>Skip the Ombudsman: request a written response</source>
        <translation>Omitir al Defensor: solicitar una respuesta escrita</translation>
    </message>
    <message>
        <source>Ombudsman failed: request a written response</source>
        <translation>El Defensor no lo resolvió: solicitar una respuesta escrita</translation>
    </message>
    <message>
        <source>Ombudsman&apos;s report</source>
        <translation>Informe del Defensor</translation>
    </message>
    <message>
        <source>Redirect to another body</source>
        <translation>Remitir a otro órgano</translation>
    </message>
    <message>
        <source>Facilitation failed: engage a mediator</source>
        <translation>La facilitación fracasó: recurrir a un mediador</translation>
    </message>
    <message>
        <source>IFO&apos;s written response</source>
        <translation>Respuesta escrita de la IFO</translation>
    </message>
    <message>
        <source>Mediation failed: consider systemic failure</source>
        <translation>La mediación fracasó: considerar una falla sistémica</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>Informe del mediador</translation>
    </message>
    <message>
        <source>Operator starts an Independent Appeals Panel</source>
        <translation>El operador inicia un Panel Independiente de Apelaciones</translation>
    </message>
    <message>
        <source>Resolve (remedial action agreed)</source>
        <translation>Resolver (acción correctiva acordada)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Resolución del panel</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>Retirada por el reclamante</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>Panel: plazo de subsanación</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>El panel constató un incumplimiento subsanable; la IFO dispone de los días que fijó.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Opciones de escalamiento adicional</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>Un incumplimiento no subsanable, o una subsanación no realizada a tiempo: se abren las opciones de escalamiento adicional.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>Resolución del panel: incumplimiento subsanable</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>Resolución del panel: incumplimiento no subsanable</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Subsanación no realizada a tiempo</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Informe de la IFO sobre la subsanación</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediador</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>CompositionCheck</name>
    <message>
        <source>1 gTLD member; the charter asks for at least %1</source>
        <translation>1 miembro gTLD; la carta orgánica exige al menos %1</translation>
    </message>
    <message>
        <source>%1 gTLD members; the charter asks for at least %2</source>
        <translation>%1 miembros gTLD; la carta orgánica exige al menos %2</translation>
    </message>
    <message>
        <source>1 ccTLD member; the charter asks for at least %1</source>
        <translation>1 miembro ccTLD; la carta orgánica exige al menos %1</translation>
    </message>
    <message>
        <source>%1 ccTLD members; the charter asks for at least %2</source>
        <translation>%1 miembros ccTLD; la carta orgánica exige al menos %2</translation>
    </message>
    <message>
        <source>No liaison from the IFO; the charter asks for one</source>
        <translation>Ningún enlace de la IFO; la carta orgánica prevé uno</translation>
    </message>
    <message>
        <source>%1 IFO liaisons; the charter provides for one</source>
        <translation>%1 enlaces de la IFO; la carta orgánica prevé uno</translation>
    </message>
    <message>
        <source>%1 × %2; the charter provides for at most one</source>
        <translation>%1 × %2; la carta orgánica prevé como máximo uno</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2) but marked as voting; liaisons do not vote</source>
        <translation>%1 es un enlace (%2) pero está marcado como votante; los enlaces no votan</translation>
    </message>
    <message>
        <source>No chair; the committee elects one</source>
        <translation>Sin presidente; el comité elige uno</translation>
    </message>
    <message>
        <source>%1 chairs; the committee has one</source>
        <translation>%1 presidentes; el comité tiene uno</translation>
    </message>
    <message>
        <source>No %1 for the IFO</source>
        <translation>Ningún %1 para la IFO</translation>
    </message>
    <message>
        <source>%1 members are the %2; there should be one</source>
        <translation>%1 miembros son el %2; debería haber uno</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not an SQLite file.</source>
        <translation>«%1» no es una base de datos de CSC Desk: no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>No se puede abrir «%1».</translation>
    </message>
    <message>
        <source>“%1” is damaged and was left untouched. Restore it from a backup copy.</source>
        <translation>«%1» está dañado y no se modificó. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>La base de datos «%1» no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>No se puede crear la carpeta para «%1».</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a CSC Desk database. It was left untouched.</source>
        <translation>«%1» es una base de datos SQLite de otra aplicación, no una base de datos de CSC Desk. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it; the file was left untouched.</source>
        <translation>«%1» fue escrito por un CSC Desk más reciente (esquema %2; esta versión lee hasta el %3). Actualice CSC Desk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Opened read-only as requested.</source>
        <translation>Abierto en solo lectura, como se pidió.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only; changes cannot be saved.</source>
        <translation>El archivo o su carpeta son de solo lectura; no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it is read-only: %2</source>
        <translation>«%1» necesita actualizarse a esta versión de CSC Desk, pero es de solo lectura: %2</translation>
    </message>
    <message>
        <source>Could not save a backup of “%1” before upgrading it; nothing was changed.</source>
        <translation>No se pudo guardar una copia de seguridad de «%1» antes de actualizarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create an in-memory database.</source>
        <translation>No se puede crear una base de datos en memoria.</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>No se puede configurar la base de datos.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left as it was.</source>
        <translation>La actualización de la base de datos al esquema %1 falló; se dejó como estaba.</translation>
    </message>
    <message>
        <source>Cannot record the schema version.</source>
        <translation>No se puede registrar la versión del esquema.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Cannot write the copy “%1”.</source>
        <translation>No se puede escribir la copia «%1».</translation>
    </message>
    <message>
        <source>“%1” already exists; a new committee is only created in a new file. The file was left untouched.</source>
        <translation>«%1» ya existe; un comité nuevo solo se crea en un archivo nuevo. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not a file.</source>
        <translation>«%1» no es una base de datos de CSC Desk: no es un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: the file is empty. It was left untouched.</source>
        <translation>«%1» no es una base de datos de CSC Desk: el archivo está vacío. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is an empty SQLite file. It was left untouched.</source>
        <translation>«%1» no es una base de datos de CSC Desk: es un archivo SQLite vacío. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” is a member&apos;s review copy, not a committee file: it opens only as a review copy, in that member&apos;s name and role. It was left untouched.</source>
        <translation>«%1» es la copia de revisión de un miembro, no un archivo del comité: solo se abre como copia de revisión, con el nombre y el rol de ese miembro. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; write postgresql://user@host:port/dbname.</source>
        <translation>«%1» no es una dirección de PostgreSQL; escriba postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Esta instalación no puede acceder a PostgreSQL: falta el controlador de PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the committee database “%1”.</source>
        <translation>No se puede conectar con la base de datos del comité «%1».</translation>
    </message>
    <message>
        <source>“%1” already holds a CSC Desk committee; a new committee is only created in an empty database. It was left untouched.</source>
        <translation>«%1» ya contiene un comité de CSC Desk; un comité nuevo solo se crea en una base de datos vacía. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk committee (it has no CSC Desk schema). Create one with `cscdesk migrate` or `cscdesk setup --db …`; nothing was changed.</source>
        <translation>«%1» no es un comité de CSC Desk (no tiene esquema de CSC Desk). Cree uno con `cscdesk migrate` o `cscdesk setup --db …`; no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it.</source>
        <translation>«%1» fue escrito por un CSC Desk más reciente (esquema %2; esta versión lee hasta el %3). Actualice CSC Desk para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it was opened read-only.</source>
        <translation>«%1» necesita actualizarse a esta versión de CSC Desk, pero se abrió en solo lectura.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Another CSC Desk (process %1 on %2) has this database open; this window is read-only.</source>
        <translation>Otro CSC Desk (proceso %1 en %2) tiene esta base de datos abierta; esta ventana es de solo lectura.</translation>
    </message>
    <message>
        <source>Another CSC Desk on this computer has this database open, perhaps under another name (a link to the same file); this window is read-only.</source>
        <translation>Otro CSC Desk en este equipo tiene esta base de datos abierta, quizá con otro nombre (un enlace al mismo archivo); esta ventana es de solo lectura.</translation>
    </message>
    <message>
        <source>The lock file “%1” could not be written; this window is read-only.</source>
        <translation>No se pudo escribir el archivo de bloqueo «%1»; esta ventana es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>IFO&apos;s written response (complaint step 4)</source>
        <translation>Respuesta escrita de la IFO (paso 4 de la queja)</translation>
    </message>
    <message>
        <source>“due within 10 working days” (domain.md §3b)</source>
        <translation>«en un plazo de 10 días hábiles» (domain.md §3b)</translation>
    </message>
    <message>
        <source>IFO&apos;s response to a significant failure (Problem Management step 1)</source>
        <translation>Respuesta de la IFO a una falla significativa (paso 1 de Gestión de problemas)</translation>
    </message>
    <message>
        <source>“within a set number of days (30 by default)” (domain.md §3c)</source>
        <translation>«en un número de días fijado (30 de forma predeterminada)» (domain.md §3c)</translation>
    </message>
    <message>
        <source>Remedial action directed (Problem Management step 2)</source>
        <translation>Acción correctiva ordenada (paso 2 de Gestión de problemas)</translation>
    </message>
    <message>
        <source>“within a specified period”, entered with the move</source>
        <translation>«en un plazo determinado», introducido con el paso</translation>
    </message>
    <message>
        <source>A panel&apos;s remedy period</source>
        <translation>El plazo de subsanación de un panel</translation>
    </message>
    <message>
        <source>“the IFO has a set number of days to remedy it” (domain.md §3d)</source>
        <translation>«la IFO dispone de un número de días fijado para subsanarlo» (domain.md §3d)</translation>
    </message>
    <message>
        <source>Minutes published after the meeting</source>
        <translation>Acta publicada después de la reunión</translation>
    </message>
    <message>
        <source>“within 5 business days” (domain.md §2)</source>
        <translation>«en un plazo de 5 días hábiles» (domain.md §2)</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 día hábil</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 días hábiles</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>días calendario</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Ratified by the e-mail decision of %1.</source>
        <translation>Ratificada por la decisión por correo electrónico del %1.</translation>
    </message>
    <message>
        <source>Ratified by an e-mail decision.</source>
        <translation>Ratificada por una decisión por correo electrónico.</translation>
    </message>
    <message>
        <source>To be ratified by e-mail: not yet ratified.</source>
        <translation>Debe ratificarse por correo electrónico: aún no ratificada.</translation>
    </message>
    <message>
        <source>Not marked for ratification by e-mail.</source>
        <translation>No marcada para ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>Solo se ratifica por correo electrónico una decisión tomada en una reunión.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>La reunión tuvo quórum; su decisión no necesita ratificación.</translation>
    </message>
    <message>
        <source>The decision is marked to be ratified by e-mail already.</source>
        <translation>La decisión ya está marcada para ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>La decisión ya se ratificó.</translation>
    </message>
    <message>
        <source>Mark the decision to be ratified by e-mail first.</source>
        <translation>Marque primero la decisión para ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>La decisión no está marcada para ratificarse por correo electrónico.</translation>
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
        <translation>Una decisión necesita un texto.</translation>
    </message>
    <message>
        <source>A decision needs the date it was taken.</source>
        <translation>Una decisión necesita la fecha en que se tomó.</translation>
    </message>
    <message>
        <source>A decision is taken at a meeting or by e-mail.</source>
        <translation>Una decisión se toma en una reunión o por correo electrónico.</translation>
    </message>
    <message>
        <source>%1 is a %2 and does not vote; only voting members&apos; votes are recorded.</source>
        <translation>%1 es %2 y no vota; solo se registran los votos de los miembros con voto.</translation>
    </message>
    <message>
        <source>This decision is closed: the minutes of its meeting were approved.</source>
        <translation>Esta decisión está cerrada: se aprobó el acta de su reunión.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members answered; a decision needs at least %2.</source>
        <translation>Solo respondieron %1 de los miembros con voto; una decisión necesita al menos %2.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members present; a decision needs at least %2.</source>
        <translation>Solo %1 de los miembros con voto están presentes; una decisión necesita al menos %2.</translation>
    </message>
    <message>
        <source>Not unanimous; with vacancies on the committee decisions must be unanimous.</source>
        <translation>No es unánime; con vacantes en el comité las decisiones deben ser unánimes.</translation>
    </message>
    <message>
        <source>Not carried: %1 for, %2 against.</source>
        <translation>No aprobada: %1 a favor, %2 en contra.</translation>
    </message>
    <message>
        <source>Carried unanimously (%1 for).</source>
        <translation>Aprobada por unanimidad (%1 a favor).</translation>
    </message>
    <message>
        <source>Carried: %1 for, %2 against, %3 abstaining.</source>
        <translation>Aprobada: %1 a favor, %2 en contra, %3 abstenciones.</translation>
    </message>
    <message>
        <source>Decision %1 is not on record.</source>
        <translation>La decisión %1 no consta en el registro.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>Solo se ratifica por correo electrónico una decisión tomada en una reunión.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>La reunión tuvo quórum; su decisión no necesita ratificación.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>La decisión no está marcada para ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>La decisión ya se ratificó.</translation>
    </message>
    <message>
        <source>A ratification is a decision taken by e-mail.</source>
        <translation>Una ratificación es una decisión tomada por correo electrónico.</translation>
    </message>
    <message>
        <source>The e-mail decision does not ratify: %1</source>
        <translation>La decisión por correo electrónico no ratifica: %1</translation>
    </message>
    <message>
        <source>The meeting was not quorate: not carried; to be ratified by e-mail.</source>
        <translation>La reunión no tuvo quórum: no aprobada; debe ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions are limited to approving the monthly report: not carried.</source>
        <translation>Con vacantes en el comité, las decisiones se limitan a aprobar el informe mensual: no aprobada.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo spans 1 to 30 years, not %1.</source>
        <translation>La demostración abarca de 1 a 30 años, no %1.</translation>
    </message>
    <message>
        <source>“%1” already exists; the demo generator only writes new files.</source>
        <translation>«%1» ya existe; el generador de demostración solo escribe archivos nuevos.</translation>
    </message>
    <message>
        <source>Demo generator</source>
        <translation>Generador de demostración</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Unknown format “%1”: use html, pdf or md.</source>
        <translation>Formato desconocido «%1»: use html, pdf o md.</translation>
    </message>
    <message>
        <source>Record reference (audit trail head): %1</source>
        <translation>Referencia del registro (cabeza del registro de auditoría): %1</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité Permanente de Clientes</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF of “%1”.</source>
        <translation>No se puede maquetar el PDF de «%1».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Formato desconocido.</translation>
    </message>
</context>
<context>
    <name>DutyRecords</name>
    <message>
        <source>A technical change needs a title.</source>
        <translation>Un cambio técnico necesita un título.</translation>
    </message>
    <message>
        <source>The RFC period of “%1” closes before it opens.</source>
        <translation>El periodo de RFC de «%1» termina antes de empezar.</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on “%1” is based on the comments received; it comes after the RFC period closes (%2).</source>
        <translation>La declaración de la IFO sobre «%1» se basa en los comentarios recibidos; llega después del cierre del periodo de RFC (%2).</translation>
    </message>
    <message>
        <source>A consultation needs its date, audience, content and public text.</source>
        <translation>Una consulta necesita su fecha, destinatarios, contenido y texto público.</translation>
    </message>
    <message>
        <source>An update to the direct customers needs its date, audience, content and public text.</source>
        <translation>Una actualización a los clientes directos necesita su fecha, destinatarios, contenido y texto público.</translation>
    </message>
    <message>
        <source>Charter review</source>
        <translation>Revisión de la carta orgánica</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Revisión de la eficacia</translation>
    </message>
    <message>
        <source>IANA Functions Review</source>
        <translation>Revisión de las Funciones de la IANA</translation>
    </message>
    <message>
        <source>Special IANA Function Review</source>
        <translation>Revisión Especial de la Función de la IANA</translation>
    </message>
    <message>
        <source>Separation working group</source>
        <translation>Grupo de trabajo sobre la separación</translation>
    </message>
    <message>
        <source>A liaison needs the person and the start of the term.</source>
        <translation>Un enlace necesita la persona y el inicio del mandato.</translation>
    </message>
    <message>
        <source>“%1” is not a review team (%2).</source>
        <translation>«%1» no es un equipo de revisión (%2).</translation>
    </message>
    <message>
        <source>The term of %1 ends before it starts.</source>
        <translation>El mandato de %1 termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>%1 changed this record at %2 UTC while you were editing it, so your change was not saved; your text is kept. Look at their change, then make yours again.</source>
        <translation>%1 modificó este registro a las %2 UTC mientras usted lo editaba, por lo que su cambio no se guardó; su texto se conserva. Revise el cambio de esa persona y vuelva a hacer el suyo.</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>a CSV file of figures</source>
        <translation>un archivo CSV de cifras</translation>
    </message>
</context>
<context>
    <name>FigureStore</name>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Los recuentos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>Más solicitudes cumplieron el umbral (%1) de las que se tramitaron (%2).</translation>
    </message>
    <message>
        <source>Figures need a month.</source>
        <translation>Las cifras necesitan un mes.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>%1 solicitudes en un mes supera cualquier recuento creíble (como máximo %2).</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactorio</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (categoría %2)</translation>
    </message>
    <message>
        <source>The findings of %1 cannot change: the committee rated the month “%2” on %3, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>Las conclusiones de %1 no pueden cambiar: el comité calificó el mes como «%2» el %3, y un mes calificado consta en el registro. La presidencia debe reabrir primero su calificación, mediante una decisión registrada.</translation>
    </message>
    <message>
        <source>A rating needs a label (for example “%1”).</source>
        <translation>Una calificación necesita una etiqueta (por ejemplo, «%1»).</translation>
    </message>
    <message>
        <source>%1 is already rated “%2”. A recorded rating is not changed: the chair reopens it first, with the reason, as a recorded decision.</source>
        <translation>%1 ya está calificado como «%2». Una calificación registrada no se modifica: la presidencia la reabre primero, con el motivo, mediante una decisión registrada.</translation>
    </message>
    <message>
        <source>%1 has no figures yet: a month is rated on its figures.</source>
        <translation>%1 aún no tiene cifras: un mes se califica según sus cifras.</translation>
    </message>
    <message>
        <source>“%1” means every defined threshold was met; in %2 PTI met %3 of %4.</source>
        <translation>«%1» significa que se cumplieron todos los umbrales definidos; en %2, PTI cumplió %3 de %4.</translation>
    </message>
    <message>
        <source>“%1” says every missed threshold was satisfactorily explained; not yet explained: %2. Record their narratives as explained, or record the lower rating.</source>
        <translation>«%1» indica que todos los umbrales no cumplidos se explicaron satisfactoriamente; aún sin explicar: %2. Registre sus explicaciones como satisfactorias o registre la calificación inferior.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for another rating than “%2”. Redraft it from the new rating, or keep the edit (the report then cannot be exported until the two agree).</source>
        <translation>La declaración de conclusiones de %1 se editó a mano para una calificación distinta de «%2». Vuelva a redactarla a partir de la nueva calificación o conserve la edición (en ese caso, el informe no podrá exportarse hasta que ambas coincidan).</translation>
    </message>
    <message>
        <source>Reopening a rated month needs the reason, for the record.</source>
        <translation>Reabrir un mes calificado requiere el motivo, para que conste.</translation>
    </message>
    <message>
        <source>%1 is not rated: there is nothing to reopen.</source>
        <translation>%1 no está calificado: no hay nada que reabrir.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was 100%. PTI met all %3 of the currently defined thresholds.</source>
        <translation>%1: el desempeño de PTI en %2 fue del 100 %. PTI cumplió los %3 umbrales definidos actualmente.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was %3. PTI met %4 of the currently defined %5 thresholds.</source>
        <translation>%1: el desempeño de PTI en %2 fue del %3. PTI cumplió %4 de los %5 umbrales definidos actualmente.</translation>
    </message>
    <message>
        <source>The missed threshold, %1, was satisfactorily explained and does not indicate a performance issue.</source>
        <translation>El umbral no cumplido, %1, se explicó satisfactoriamente y no indica un problema de desempeño.</translation>
    </message>
    <message>
        <source>The missed thresholds, %1, were satisfactorily explained and do not indicate a performance issue.</source>
        <translation>Los umbrales no cumplidos, %1, se explicaron satisfactoriamente y no indican un problema de desempeño.</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>No cumplidos: %1.</translation>
    </message>
    <message>
        <source>Not satisfactorily explained: %1.</source>
        <translation>Sin explicación satisfactoria: %1.</translation>
    </message>
    <message>
        <source>Missed and not satisfactorily explained: %1.</source>
        <translation>No cumplidos y sin explicación satisfactoria: %1.</translation>
    </message>
    <message>
        <source>No figures were received for: %1.</source>
        <translation>No se recibieron cifras de: %1.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for the rating “%2”, but the month&apos;s rating is “%3”: redraft the statement (Draft from figures) before the report can be exported.</source>
        <translation>La declaración de conclusiones de %1 se editó a mano para la calificación «%2», pero la calificación del mes es «%3»: vuelva a redactar la declaración (Redactar a partir de las cifras) antes de poder exportar el informe.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for other missed thresholds than the month now has: redraft the statement before the report can be exported.</source>
        <translation>La declaración de conclusiones de %1 se editó a mano para umbrales no cumplidos distintos de los que tiene ahora el mes: vuelva a redactar la declaración antes de poder exportar el informe.</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Sin cifras</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance — %1</source>
        <translation>Conclusiones del CSC sobre el desempeño de la IFO: %1</translation>
    </message>
    <message>
        <source>Missed thresholds</source>
        <translation>Umbrales no cumplidos</translation>
    </message>
    <message>
        <source>No threshold was missed.</source>
        <translation>No se incumplió ningún umbral.</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (categoría %2)</translation>
    </message>
    <message>
        <source>%1 against a target of %2.</source>
        <translation>%1 frente a un objetivo de %2.</translation>
    </message>
    <message>
        <source>Missed persistently in recent months.</source>
        <translation>Incumplido de forma persistente en los últimos meses.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No escalations in progress.</source>
        <translation>No hay escalamientos en curso.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Report of escalations</source>
        <translation>Informe de escalamientos</translation>
    </message>
    <message>
        <source>Confidential escalations in progress: %1, by process and step.</source>
        <translation>Escalamientos confidenciales en curso: %1, por proceso y paso.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>At step (cases)</source>
        <translation>En el paso (casos)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Escalations made public by a decision of the committee:</source>
        <translation>Escalamientos hechos públicos por decisión del comité:</translation>
    </message>
    <message>
        <source>Process and step</source>
        <translation>Proceso y paso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rating: %1 (decided by the committee on %2)</source>
        <translation>Calificación: %1 (decidida por el comité el %2)</translation>
    </message>
    <message>
        <source>Rating: %1 (proposed; not yet decided by the committee)</source>
        <translation>Calificación: %1 (propuesta; el comité aún no ha decidido)</translation>
    </message>
    <message>
        <source>No explanation recorded yet.</source>
        <translation>Aún no se ha registrado ninguna explicación.</translation>
    </message>
    <message>
        <source>Every threshold</source>
        <translation>Todos los umbrales</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Share of thresholds met per month over the last twelve months (axis from 0% to 100%; months with misses in red)</source>
        <translation>Proporción de umbrales cumplidos por mes en los últimos doce meses (eje de 0 % a 100 %; meses con incumplimientos en rojo)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>%1, line %2: “%3” is not an all-day event; a holiday file holds whole days.</source>
        <translation>%1, línea %2: «%3» no es un evento de día completo; un archivo de festivos contiene días enteros.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>%1, línea %2: «%3» no es una fecha (escriba AAAA-MM-DD, opcionalmente seguido de un nombre).</translation>
    </message>
    <message>
        <source>a holiday file or calendar</source>
        <translation>un archivo o calendario de festivos</translation>
    </message>
</context>
<context>
    <name>HolidayTransfer</name>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>El texto no es UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>«%1» no es una fecha (escriba YYYY-MM-DD, opcionalmente seguido de un nombre).</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>%1 figura dos veces (la primera en la línea %2).</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file is too large for a holiday list.</source>
        <translation>El archivo es demasiado grande para una lista de festivos.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source># The committee&apos;s holidays: one date per line (YYYY-MM-DD), then its name.</source>
        <translation># Festivos del comité: una fecha por línea (YYYY-MM-DD), seguida de su nombre.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (it does not start with BEGIN:VCALENDAR).</source>
        <translation>%1: no es un archivo iCalendar (no empieza por BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a NAME:VALUE line.</source>
        <translation>%1: «%2» no es una línea NOMBRE:VALOR.</translation>
    </message>
    <message>
        <source>%1: the event has no DTSTART.</source>
        <translation>%1: el evento no tiene DTSTART.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYYMMDD).</source>
        <translation>%1: «%2» no es una fecha (AAAAMMDD).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date-time (YYYYMMDDTHHMMSSZ).</source>
        <translation>%1: «%2» no es una fecha y hora (AAAAMMDDTHHMMSSZ).</translation>
    </message>
    <message>
        <source>%1: the event is not closed with END:VEVENT.</source>
        <translation>%1: el evento no se cierra con END:VEVENT.</translation>
    </message>
</context>
<context>
    <name>IfoComplaints</name>
    <message>
        <source>A summary of escalated complaints needs its period and the day it was received.</source>
        <translation>Un resumen de quejas escaladas necesita su periodo y el día en que se recibió.</translation>
    </message>
    <message>
        <source>Each count of the summary needs a kind and a number of at least 0.</source>
        <translation>Cada recuento del resumen necesita un tipo y un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The IFO&apos;s handling of a complaint needs its reference and the day it was received.</source>
        <translation>La tramitación de una queja por la IFO necesita su referencia y el día en que se recibió.</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be acknowledged or answered before it was received (%2).</source>
        <translation>No se puede acusar recibo ni responder a la queja %1 antes de recibirla (%2).</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>“%1” is a folder, not %2.</source>
        <translation>«%1» es una carpeta, no %2.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device or a pipe), so it cannot be read as %2.</source>
        <translation>«%1» no es un archivo normal (es un dispositivo o una tubería), así que no se puede leer como %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (%3; at most %4).</source>
        <translation>«%1» es demasiado grande para ser %2 (%3; como máximo %4).</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (at most %3).</source>
        <translation>«%1» es demasiado grande para ser %2 (como máximo %3).</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <source>There is no kept change #%1 waiting for a decision.</source>
        <translation>No hay ningún cambio retenido n.º %1 pendiente de decisión.</translation>
    </message>
</context>
<context>
    <name>MeetingNames</name>
    <message>
        <source>Monthly meeting</source>
        <translation>Reunión mensual</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Reunión extraordinaria</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Disculpas</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Circulado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>Acta de la reunión anterior</translation>
    </message>
    <message>
        <source>No minutes of an earlier meeting.</source>
        <translation>No hay acta de una reunión anterior.</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 (%2), %3</source>
        <translation>Acta de la reunión n.º %1 (%2), %3</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>The minutes have no notes yet.</source>
        <translation>El acta aún no tiene notas.</translation>
    </message>
    <message>
        <source>IFO performance for %1 and the findings draft</source>
        <translation>Desempeño de la IFO en %1 y el borrador de conclusiones</translation>
    </message>
    <message>
        <source>Missed threshold</source>
        <translation>Umbral no cumplido</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>No figures for this month yet.</source>
        <translation>Aún no hay cifras para este mes.</translation>
    </message>
    <message>
        <source>Findings draft</source>
        <translation>Borrador de conclusiones</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Puntos de acción abiertos</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No hay puntos de acción abiertos.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Punto de acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open cases and their deadlines</source>
        <translation>Casos abiertos y sus plazos</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>No hay casos abiertos.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Confidential — committee members only</source>
        <translation>Confidencial — solo para los miembros del comité</translation>
    </message>
    <message>
        <source>Meeting pack: CSC %1 no. %2, %3</source>
        <translation>Documentación de la reunión: %1 n.º %2 del CSC, %3</translation>
    </message>
    <message>
        <source>For the members of the committee.</source>
        <translation>Para los miembros del comité.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>No meeting with id %1.</source>
        <translation>No hay ninguna reunión con el identificador %1.</translation>
    </message>
    <message>
        <source>No meeting was held on %1.</source>
        <translation>No se celebró ninguna reunión el %1.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Puntos de acción abiertos</translation>
    </message>
    <message>
        <source>IFO performance for %1: the IFO&apos;s report and the committee&apos;s findings</source>
        <translation>Desempeño de la IFO en %1: el informe de la IFO y las conclusiones del comité</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>Consulta anual sobre el desempeño de la IFO</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Otros asuntos</translation>
    </message>
    <message>
        <source>Adjourn</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>A meeting needs a date and time.</source>
        <translation>Una reunión necesita fecha y hora.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un punto del orden del día necesita un título.</translation>
    </message>
    <message>
        <source>The agenda item is no longer there.</source>
        <translation>El punto del orden del día ya no existe.</translation>
    </message>
    <message>
        <source>The minutes already have a section for this agenda item; keep it and mark it confidential or leave it empty instead.</source>
        <translation>El acta ya tiene una sección para este punto del orden del día; consérvela y márquela como confidencial o déjela vacía.</translation>
    </message>
    <message>
        <source>Cannot move agenda item %1 to position %2: the agenda has %3 items.</source>
        <translation>No se puede mover el punto %1 a la posición %2: el orden del día tiene %3 puntos.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>No hay ningún caso con el identificador %1.</translation>
    </message>
    <message>
        <source>Decisions or action items were recorded under this agenda item; keep it and mark it confidential instead.</source>
        <translation>Se registraron decisiones o puntos de acción en este punto del orden del día; consérvelo y márquelo como confidencial.</translation>
    </message>
    <message>
        <source>The minutes of meeting no. %1 are approved: its attendance is a record and stays as it was.</source>
        <translation>El acta de la reunión n.º %1 está aprobada: su asistencia consta en el registro y se mantiene como estaba.</translation>
    </message>
    <message>
        <source>%1 was not on the committee on %2.</source>
        <translation>%1 no formaba parte del comité el %2.</translation>
    </message>
</context>
<context>
    <name>MemberNames</name>
    <message>
        <source>gTLD registry member</source>
        <translation>Miembro de registro gTLD</translation>
    </message>
    <message>
        <source>ccTLD registry member</source>
        <translation>Miembro de registro ccTLD</translation>
    </message>
    <message>
        <source>IFO liaison</source>
        <translation>Enlace de la IFO</translation>
    </message>
    <message>
        <source>Other TLD liaison</source>
        <translation>Enlace de otro TLD</translation>
    </message>
    <message>
        <source>GNSO liaison</source>
        <translation>Enlace de la GNSO</translation>
    </message>
    <message>
        <source>RSSAC liaison</source>
        <translation>Enlace del RSSAC</translation>
    </message>
    <message>
        <source>SSAC liaison</source>
        <translation>Enlace del SSAC</translation>
    </message>
    <message>
        <source>GAC liaison</source>
        <translation>Enlace del GAC</translation>
    </message>
    <message>
        <source>ALAC liaison</source>
        <translation>Enlace del ALAC</translation>
    </message>
    <message>
        <source>Primary point of contact</source>
        <translation>Punto de contacto principal</translation>
    </message>
    <message>
        <source>Secondary point of contact</source>
        <translation>Punto de contacto secundario</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>The minutes exist already.</source>
        <translation>El acta ya existe.</translation>
    </message>
    <message>
        <source>Only a draft can be edited.</source>
        <translation>Solo se puede editar un borrador.</translation>
    </message>
    <message>
        <source>Members approve or ask for changes once the minutes are circulated.</source>
        <translation>Los miembros aprueban o piden cambios una vez circulada el acta.</translation>
    </message>
    <message>
        <source>An e-mail decision approving these minutes is recorded already.</source>
        <translation>Ya hay registrada una decisión por correo electrónico que aprueba esta acta.</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>La base de datos es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Seleccione primero una reunión.</translation>
    </message>
    <message>
        <source>Only a draft can be circulated.</source>
        <translation>Solo se puede circular un borrador.</translation>
    </message>
    <message>
        <source>Only circulated minutes go back to draft.</source>
        <translation>Solo un acta circulada vuelve a borrador.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved.</source>
        <translation>Solo se puede aprobar un acta circulada.</translation>
    </message>
    <message>
        <source>Only approved minutes can be published.</source>
        <translation>Solo se puede publicar un acta aprobada.</translation>
    </message>
    <message>
        <source>There are no minutes yet.</source>
        <translation>Aún no hay acta.</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>Aún sin acta.</translation>
    </message>
    <message numerus="yes">
        <source>Members review the minutes once they are circulated. %n approval(s) recorded.</source>
        <translation>
            <numerusform>Los miembros revisan el acta una vez circulada. %n aprobación registrada.</numerusform>
            <numerusform>Los miembros revisan el acta una vez circulada. %n aprobaciones registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circulated for approval: %n approval(s)</source>
        <translation>
            <numerusform>Circulada para su aprobación: %n aprobación</numerusform>
            <numerusform>Circulada para su aprobación: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for changes.</source>
        <translation>
            <numerusform>%n solicitud de cambios.</numerusform>
            <numerusform>%n solicitudes de cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>Solo un acta circulada puede aprobarse mediante una decisión por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>MinutesBook</name>
    <message>
        <source>%1 (liaison)</source>
        <translation>%1 (enlace)</translation>
    </message>
    <message>
        <source>These minutes have no draft yet.</source>
        <translation>Esta acta aún no tiene borrador.</translation>
    </message>
    <message>
        <source>The minutes are %1; only a draft can be edited (return circulated minutes to draft first).</source>
        <translation>El acta está %1; solo se puede editar un borrador (devuelva primero a borrador el acta circulada).</translation>
    </message>
    <message>
        <source>Meeting %1 already has minutes; edit them instead.</source>
        <translation>La reunión %1 ya tiene acta; edítela en su lugar.</translation>
    </message>
    <message>
        <source>Case %1.</source>
        <translation>Caso %1.</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>La sección del acta ya no existe.</translation>
    </message>
    <message>
        <source>Minutes cannot go from %1 to %2.</source>
        <translation>El acta no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <source>These minutes cannot be approved yet: %1</source>
        <translation>Esta acta aún no puede aprobarse: %1</translation>
    </message>
</context>
<context>
    <name>MinutesDeadline</name>
    <message>
        <source>published; was due %1</source>
        <translation>publicada; vencía el %1</translation>
    </message>
    <message>
        <source>due today (%1), last business day</source>
        <translation>vence hoy (%1), último día hábil</translation>
    </message>
    <message>
        <source>overdue since %1 (1 business day late)</source>
        <translation>vencida desde el %1 (1 día hábil de retraso)</translation>
    </message>
    <message>
        <source>overdue since %1 (%2 business days late)</source>
        <translation>vencida desde el %1 (%2 días hábiles de retraso)</translation>
    </message>
    <message>
        <source>due %1, 1 business day left</source>
        <translation>vence el %1, queda 1 día hábil</translation>
    </message>
    <message>
        <source>due %1, %2 business days left</source>
        <translation>vence el %1, quedan %2 días hábiles</translation>
    </message>
    <message>
        <source>published late: due %1, 1 business day late</source>
        <translation>publicada con retraso: vencía el %1, 1 día hábil de retraso</translation>
    </message>
    <message>
        <source>published late: due %1, %2 business days late</source>
        <translation>publicada con retraso: vencía el %1, %2 días hábiles de retraso</translation>
    </message>
    <message>
        <source>not published; was due %1</source>
        <translation>no publicada; vencía el %1</translation>
    </message>
</context>
<context>
    <name>MinutesExporter</name>
    <message>
        <source>Minutes of the CSC %1 no. %2, %3</source>
        <translation>Acta de la %1 n.º %2 del CSC, %3</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC.</source>
        <translation>%1, %2–%3 UTC.</translation>
    </message>
    <message>
        <source>The meeting was quorate.</source>
        <translation>La reunión tuvo quórum.</translation>
    </message>
    <message>
        <source>The meeting was not quorate.</source>
        <translation>La reunión no tuvo quórum.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1.</source>
        <translation>Aprobada por el comité el %1.</translation>
    </message>
    <message>
        <source>Draft minutes, not yet approved by the committee.</source>
        <translation>Borrador del acta, aún no aprobado por el comité.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>(case %1)</source>
        <translation>(caso %1)</translation>
    </message>
    <message>
        <source>Taken by e-mail on %1.</source>
        <translation>Tomada por correo electrónico el %1.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Puntos de acción</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Meeting no. %1 has no minutes yet; generate the draft first.</source>
        <translation>La reunión n.º %1 aún no tiene acta; genere primero el borrador.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1; published on %2.</source>
        <translation>Aprobada por el comité el %1; publicada el %2.</translation>
    </message>
    <message>
        <source>No notes were recorded under: %1.</source>
        <translation>No se registraron notas en: %1.</translation>
    </message>
</context>
<context>
    <name>MinutesReview</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un comentario necesita algo de texto.</translation>
    </message>
    <message>
        <source>Say which changes the minutes need.</source>
        <translation>Indique qué cambios necesita el acta.</translation>
    </message>
    <message>
        <source>These minutes are not circulated for approval yet.</source>
        <translation>Esta acta aún no se ha circulado para su aprobación.</translation>
    </message>
    <message>
        <source>These minutes were approved already; they can no longer be approved or changed.</source>
        <translation>Esta acta ya se aprobó; ya no puede aprobarse ni modificarse.</translation>
    </message>
    <message>
        <source>That section is no longer part of these minutes.</source>
        <translation>Esa sección ya no forma parte de esta acta.</translation>
    </message>
    <message>
        <source>Approved by the e-mail decision on record.</source>
        <translation>Aprobada por la decisión por correo electrónico registrada.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed.</source>
        <translation>Han aprobado %1 de %2 miembros con voto; se necesitan %3.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed, or record the e-mail decision.</source>
        <translation>Han aprobado %1 de %2 miembros con voto; se necesitan %3, o bien registre la decisión por correo electrónico.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>Solo un acta circulada puede aprobarse mediante una decisión por correo electrónico.</translation>
    </message>
    <message>
        <source>Decision %1 was not taken by e-mail.</source>
        <translation>La decisión %1 no se tomó por correo electrónico.</translation>
    </message>
    <message>
        <source>The e-mail decision of %1 does not approve the minutes: %2</source>
        <translation>La decisión por correo electrónico del %1 no aprueba el acta: %2</translation>
    </message>
</context>
<context>
    <name>MonthEvaluation</name>
    <message>
        <source>PTI met %1 of the %2 defined thresholds (%3).</source>
        <translation>PTI cumplió %1 de los %2 umbrales definidos (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n threshold(s) have no figures yet.</source>
        <translation>
            <numerusform>%n umbral aún no tiene cifras.</numerusform>
            <numerusform>%n umbrales aún no tienen cifras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObligationCalendar</name>
    <message>
        <source>CSC %1 no. %2</source>
        <translation>%1 n.º %2 del CSC</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 due for publication</source>
        <translation>El acta de la reunión n.º %1 debe publicarse</translation>
    </message>
    <message>
        <source>Minutes deadline</source>
        <translation>Plazo del acta</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>Consulta anual sobre el desempeño de la IFO</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <source>With the IFO, ccTLD and gTLD registry operators and the community.</source>
        <translation>Con la IFO, los operadores de registro ccTLD y gTLD y la comunidad.</translation>
    </message>
    <message>
        <source>Charter review (12 months after the first meeting), with public comment</source>
        <translation>Revisión de la carta orgánica (12 meses después de la primera reunión), con comentarios públicos</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance due</source>
        <translation>Vence la auditoría independiente del desempeño de la IFO</translation>
    </message>
    <message>
        <source>IANA naming function review team</source>
        <translation>Equipo de revisión de la función de nombres de la IANA</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité Permanente de Clientes</translation>
    </message>
    <message>
        <source>%1 due: %2</source>
        <translation>Vence %1: %2</translation>
    </message>
    <message>
        <source>Case deadline</source>
        <translation>Plazo del caso</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 published</source>
        <translation>Acta de la reunión n.º %1 publicada</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit a member</source>
        <translation>Editar un miembro</translation>
    </message>
    <message>
        <source>Edit a work item</source>
        <translation>Editar un elemento de trabajo</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Añadir un punto del orden del día</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>Editar un punto del orden del día</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Quitar un punto del orden del día</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>Reordenar el orden del día</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Cambiar la asistencia</translation>
    </message>
    <message>
        <source>Edit an action item</source>
        <translation>Editar un punto de acción</translation>
    </message>
    <message>
        <source>Edit a minutes section</source>
        <translation>Editar una sección del acta</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>Cambiar las fechas del calendario</translation>
    </message>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>Introducir las cifras de un mes</translation>
    </message>
    <message>
        <source>Edit a narrative</source>
        <translation>Editar una explicación</translation>
    </message>
    <message>
        <source>Edit a findings statement</source>
        <translation>Editar una declaración de conclusiones</translation>
    </message>
    <message>
        <source>Add a service level</source>
        <translation>Añadir un nivel de servicio</translation>
    </message>
    <message>
        <source>Move a case</source>
        <translation>Mover un caso</translation>
    </message>
    <message>
        <source>Archive or restore a case</source>
        <translation>Archivar o restaurar un caso</translation>
    </message>
    <message>
        <source>Make a case public or confidential</source>
        <translation>Hacer público o confidencial un caso</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <source>Attach a document to a case</source>
        <translation>Adjuntar un documento a un caso</translation>
    </message>
    <message>
        <source>Comment on a case</source>
        <translation>Comentar un caso</translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <source>Hand a case over</source>
        <translation>Traspasar un caso</translation>
    </message>
    <message>
        <source>Record a panel&apos;s finding</source>
        <translation>Registrar la resolución de un panel</translation>
    </message>
    <message>
        <source>Publish a panel&apos;s finding</source>
        <translation>Publicar la resolución de un panel</translation>
    </message>
    <message>
        <source>Escalate a case</source>
        <translation>Escalar un caso</translation>
    </message>
    <message>
        <source>Open a Problem Management case from a pattern</source>
        <translation>Abrir un caso de Gestión de problemas a partir de un patrón</translation>
    </message>
    <message>
        <source>Open a case for a persistent miss</source>
        <translation>Abrir un caso por un incumplimiento persistente</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Eliminar un miembro</translation>
    </message>
    <message>
        <source>Add a work item</source>
        <translation>Añadir un elemento de trabajo</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <source>Set a meeting&apos;s location</source>
        <translation>Fijar el lugar de una reunión</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>Redactar el acta</translation>
    </message>
    <message>
        <source>Circulate, approve or publish minutes</source>
        <translation>Circular, aprobar o publicar un acta</translation>
    </message>
    <message>
        <source>Approve, query or comment on minutes</source>
        <translation>Aprobar un acta, pedir cambios o comentarla</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Registrar una decisión</translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation>Emitir un voto</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Añadir un punto de acción</translation>
    </message>
    <message>
        <source>Record a month&apos;s rating</source>
        <translation>Registrar la calificación de un mes</translation>
    </message>
    <message>
        <source>Reopen a rated month</source>
        <translation>Reabrir un mes calificado</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Importar cifras</translation>
    </message>
    <message>
        <source>Record an urgent review step</source>
        <translation>Registrar un paso de una revisión urgente</translation>
    </message>
    <message>
        <source>Record a periodic audit step</source>
        <translation>Registrar un paso de una auditoría periódica</translation>
    </message>
    <message>
        <source>Add a duty record</source>
        <translation>Añadir un registro de funciones</translation>
    </message>
    <message>
        <source>Change the committee&apos;s settings</source>
        <translation>Cambiar las preferencias del comité</translation>
    </message>
    <message>
        <source>Publish a document</source>
        <translation>Publicar un documento</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s changes</source>
        <translation>Integrar los cambios de un revisor</translation>
    </message>
    <message>
        <source>Dismiss a kept change</source>
        <translation>Descartar un cambio retenido</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Compliance against target</source>
        <translation>Cumplimiento frente al objetivo</translation>
    </message>
    <message>
        <source>Met and missed by month</source>
        <translation>Cumplidos e incumplidos por mes</translation>
    </message>
    <message>
        <source>Thresholds met per month</source>
        <translation>Umbrales cumplidos por mes</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Solicitudes tramitadas</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (categoría %2)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Cumplimiento: %1</translation>
    </message>
    <message>
        <source>Requests meeting the threshold</source>
        <translation>Solicitudes que cumplen el umbral</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests (%4), target %5</source>
        <translation>%1: %2 de %3 solicitudes (%4), objetivo %5</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Sin cifras</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Sin solicitudes</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>Umbrales cumplidos</translation>
    </message>
    <message>
        <source>Months with misses</source>
        <translation>Meses con incumplimientos</translation>
    </message>
    <message>
        <source>Share of defined thresholds met</source>
        <translation>Proporción de umbrales definidos cumplidos</translation>
    </message>
    <message>
        <source>Requests (summed over the category&apos;s metrics)</source>
        <translation>Solicitudes (sumadas sobre las métricas de la categoría)</translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation>%1, %2: %3 solicitudes</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>sin cifras</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>sin solicitudes</translation>
    </message>
    <message>
        <source>%1 of %2 met (%3; target %4)</source>
        <translation>%1 de %2 cumplidos (%3; objetivo %4)</translation>
    </message>
    <message>
        <source>%1 · %2
%3: %4</source>
        <translation>%1 · %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>PeriodicAudits</name>
    <message>
        <source>Commissioning the audit needs the independent organisation and the date.</source>
        <translation>Encargar la auditoría requiere la organización independiente y la fecha.</translation>
    </message>
    <message>
        <source>The audit&apos;s report is recorded already.</source>
        <translation>El informe de la auditoría ya está registrado.</translation>
    </message>
    <message>
        <source>The report cannot be received before the audit was commissioned (%1).</source>
        <translation>El informe no puede recibirse antes de encargar la auditoría (%1).</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Informe de auditoría</translation>
    </message>
    <message>
        <source>The results are published once the audit&apos;s report is received.</source>
        <translation>Los resultados se publican una vez recibido el informe de la auditoría.</translation>
    </message>
    <message>
        <source>The audit&apos;s results are published already.</source>
        <translation>Los resultados de la auditoría ya están publicados.</translation>
    </message>
    <message>
        <source>Publishing the results needs the date, where, and the public summary.</source>
        <translation>Publicar los resultados requiere la fecha, el lugar y el resumen público.</translation>
    </message>
    <message>
        <source>Community feedback is sought on the published results; publish them first.</source>
        <translation>Se solicitan las opiniones de la comunidad sobre los resultados publicados; publíquelos primero.</translation>
    </message>
    <message>
        <source>Say when the feedback closed and what it said.</source>
        <translation>Indique cuándo se cerró el periodo de opiniones y qué se dijo.</translation>
    </message>
    <message>
        <source>Change requests come from the audit&apos;s report; it is not received yet.</source>
        <translation>Las solicitudes de cambio proceden del informe de la auditoría; aún no se ha recibido.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Una solicitud de cambio necesita un título.</translation>
    </message>
    <message>
        <source>From the periodic audit by %1</source>
        <translation>De la auditoría periódica realizada por %1</translation>
    </message>
    <message>
        <source>There is no periodic audit #%1.</source>
        <translation>No existe la auditoría periódica n.º %1.</translation>
    </message>
    <message>
        <source>feedback collected</source>
        <translation>opiniones recogidas</translation>
    </message>
    <message>
        <source>feedback collected; %1 change request(s) opened</source>
        <translation>opiniones recogidas; %1 solicitud(es) de cambio abierta(s)</translation>
    </message>
    <message>
        <source>results published</source>
        <translation>resultados publicados</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>informe recibido</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>encargada</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Seeing confidential material</source>
        <translation>Ver material confidencial</translation>
    </message>
    <message>
        <source>Changing cases</source>
        <translation>Modificar casos</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Editing meetings and minutes</source>
        <translation>Editar reuniones y actas</translation>
    </message>
    <message>
        <source>Approving minutes</source>
        <translation>Aprobar actas</translation>
    </message>
    <message>
        <source>Publishing minutes</source>
        <translation>Publicar actas</translation>
    </message>
    <message>
        <source>Managing the committee&apos;s records</source>
        <translation>Gestionar los registros del comité</translation>
    </message>
    <message>
        <source>Importing performance figures</source>
        <translation>Importar cifras de desempeño</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Completing your action items</source>
        <translation>Completar sus puntos de acción</translation>
    </message>
    <message>
        <source>Exporting review copies and merging them back</source>
        <translation>Exportar copias de revisión e integrarlas de nuevo</translation>
    </message>
    <message>
        <source>%1 is not possible in a review copy: case steps, the service level catalogue, the roster and the minutes&apos; text belong to the committee&apos;s database. Comment, approve, vote or complete your action items here instead.</source>
        <translation>%1 no es posible en una copia de revisión: los pasos de los casos, el catálogo de niveles de servicio, la lista de miembros y el texto del acta pertenecen a la base de datos del comité. Aquí puede comentar, aprobar, votar o completar sus puntos de acción.</translation>
    </message>
    <message>
        <source>%1 needs the role %2; you are signed in as %3.</source>
        <translation>%1 requiere el rol %2; ha iniciado sesión como %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Recording the committee&apos;s rating of a month</source>
        <translation>Registrar la calificación de un mes por el comité</translation>
    </message>
</context>
<context>
    <name>PersistentMissCases</name>
    <message>
        <source>Persistent miss: %1</source>
        <translation>Incumplimiento persistente: %1</translation>
    </message>
    <message numerus="yes">
        <source>The committee&apos;s evaluation found this service level missed in %n recent month(s): %1.</source>
        <translation>
            <numerusform>La evaluación del comité constató que este nivel de servicio no se cumplió en %n mes reciente: %1.</numerusform>
            <numerusform>La evaluación del comité constató que este nivel de servicio no se cumplió en %n meses recientes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité Permanente de Clientes</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The server refused a statement.</source>
        <translation>El servidor rechazó una instrucción.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>No se pudo leer la tabla %1.</translation>
    </message>
    <message>
        <source>The table %1 could not be written.</source>
        <translation>No se pudo escribir la tabla %1.</translation>
    </message>
    <message>
        <source>A row of %1 could not be copied (row %2).</source>
        <translation>No se pudo copiar una fila de %1 (fila %2).</translation>
    </message>
    <message>
        <source>The committee&apos;s identity could not be read.</source>
        <translation>No se pudo leer la identidad del comité.</translation>
    </message>
    <message>
        <source>The committee&apos;s roles and access rules could not be set up (the connecting role needs CREATEROLE, or an administrator creates the cscdesk_* roles first).</source>
        <translation>No se pudieron configurar los roles y las reglas de acceso del comité (el rol que se conecta necesita CREATEROLE, o bien un administrador crea antes los roles cscdesk_*).</translation>
    </message>
    <message>
        <source>The server did not answer the audit chain check.</source>
        <translation>El servidor no respondió a la comprobación de la cadena de auditoría.</translation>
    </message>
</context>
<context>
    <name>ProblemManagementProcess</name>
    <message>
        <source>Problem Management</source>
        <translation>Gestión de problemas</translation>
    </message>
    <message>
        <source>A critical, persistent or systemic failure the committee takes up itself.</source>
        <translation>Una falla crítica, persistente o sistémica que el propio comité asume.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>1 · Failure reported to the IFO</source>
        <translation>1 · Falla comunicada a la IFO</translation>
    </message>
    <message>
        <source>The committee reported the significant failure and requested a response.</source>
        <translation>El comité comunicó la falla significativa y solicitó una respuesta.</translation>
    </message>
    <message>
        <source>Technical expert team</source>
        <translation>Equipo de expertos técnicos</translation>
    </message>
    <message>
        <source>Committee and experts</source>
        <translation>Comité y expertos</translation>
    </message>
    <message>
        <source>Experts find the root cause with the IFO and advise whether the failure is critical or systemic.</source>
        <translation>Los expertos buscan la causa raíz con la IFO y aconsejan si la falla es crítica o sistémica.</translation>
    </message>
    <message>
        <source>2 · Remedial action directed</source>
        <translation>2 · Acción correctiva ordenada</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The committee directed remedial action within a specified period; escalation levels apply.</source>
        <translation>El comité ordenó una acción correctiva en un plazo determinado; se aplican niveles de escalamiento.</translation>
    </message>
    <message>
        <source>3 · Confirming completion</source>
        <translation>3 · Confirmación de la finalización</translation>
    </message>
    <message>
        <source>The committee checks that the remedial action was completed.</source>
        <translation>El comité comprueba que la acción correctiva se completó.</translation>
    </message>
    <message>
        <source>4 · Mediation</source>
        <translation>4 · Mediación</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>Comité y mediador</translation>
    </message>
    <message>
        <source>Remediation was unsatisfactory; a mediator is involved.</source>
        <translation>La corrección fue insatisfactoria; interviene un mediador.</translation>
    </message>
    <message>
        <source>5 · Binding Appeals Panel</source>
        <translation>5 · Panel de apelaciones vinculante</translation>
    </message>
    <message>
        <source>Mediation failed; a binding Independent Appeals Panel was initiated.</source>
        <translation>La mediación fracasó; se inició un Panel Independiente de Apelaciones vinculante.</translation>
    </message>
    <message>
        <source>Escalated to ccNSO and GNSO Councils</source>
        <translation>Escalado a los Consejos de la ccNSO y la GNSO</translation>
    </message>
    <message>
        <source>ccNSO and GNSO Councils</source>
        <translation>Consejos de la ccNSO y la GNSO</translation>
    </message>
    <message>
        <source>Unremedied to the committee&apos;s satisfaction; escalated to the Councils.</source>
        <translation>No se corrigió a satisfacción del comité; escalado a los Consejos.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Remedied to the committee&apos;s satisfaction.</source>
        <translation>Corregido a satisfacción del comité.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Closed by the committee without further action.</source>
        <translation>Cerrado por el comité sin más acciones.</translation>
    </message>
    <message>
        <source>Appoint a technical expert team</source>
        <translation>Designar un equipo de expertos técnicos</translation>
    </message>
    <message>
        <source>Response inadequate: direct remedial action</source>
        <translation>Respuesta inadecuada: ordenar una acción correctiva</translation>
    </message>
    <message>
        <source>IFO&apos;s response</source>
        <translation>Respuesta de la IFO</translation>
    </message>
    <message>
        <source>Response adequate: resolve</source>
        <translation>Respuesta adecuada: resolver</translation>
    </message>
    <message>
        <source>Direct remedial action on the experts&apos; advice</source>
        <translation>Ordenar una acción correctiva según el consejo de los expertos</translation>
    </message>
    <message>
        <source>Expert team&apos;s report</source>
        <translation>Informe del equipo de expertos</translation>
    </message>
    <message>
        <source>Not critical or systemic: resolve</source>
        <translation>Ni crítica ni sistémica: resolver</translation>
    </message>
    <message>
        <source>IFO reports completion</source>
        <translation>La IFO comunica la finalización</translation>
    </message>
    <message>
        <source>Confirm completion</source>
        <translation>Confirmar la finalización</translation>
    </message>
    <message>
        <source>Remediation unsatisfactory: involve a mediator</source>
        <translation>Corrección insatisfactoria: recurrir a un mediador</translation>
    </message>
    <message>
        <source>Mediation failed: initiate a binding panel</source>
        <translation>La mediación fracasó: iniciar un panel vinculante</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>Informe del mediador</translation>
    </message>
    <message>
        <source>Mediation succeeded: resolve</source>
        <translation>La mediación tuvo éxito: resolver</translation>
    </message>
    <message>
        <source>Panel finding: resolve</source>
        <translation>Resolución del panel: resolver</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Resolución del panel</translation>
    </message>
    <message>
        <source>Escalate to the ccNSO and GNSO Councils</source>
        <translation>Escalar a los Consejos de la ccNSO y la GNSO</translation>
    </message>
    <message>
        <source>Remedied after escalation: resolve</source>
        <translation>Corregido tras el escalamiento: resolver</translation>
    </message>
    <message>
        <source>Close without further action</source>
        <translation>Cerrar sin más acciones</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>Panel: plazo de subsanación</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>El panel constató un incumplimiento subsanable; la IFO dispone de los días que fijó.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>Opciones de escalamiento adicional</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>Un incumplimiento no subsanable, o una subsanación no realizada a tiempo: se abren las opciones de escalamiento adicional.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>Resolución del panel: incumplimiento subsanable</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>Resolución del panel: incumplimiento no subsanable</translation>
    </message>
    <message>
        <source>Remedy confirmed: resolve</source>
        <translation>Subsanación confirmada: resolver</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>Informe de la IFO sobre la subsanación</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>Subsanación no realizada a tiempo</translation>
    </message>
    <message>
        <source>Further escalation concluded: resolve</source>
        <translation>Escalamiento adicional concluido: resolver</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediador</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>ProcessDefinition</name>
    <message>
        <source>“%1” is not a step of %2.</source>
        <translation>«%1» no es un paso de %2.</translation>
    </message>
    <message>
        <source>The case is already at “%1”.</source>
        <translation>El caso ya está en «%1».</translation>
    </message>
    <message>
        <source>“%1” is an end state: a closed case is not reopened. Open a new case and link it.</source>
        <translation>«%1» es un estado final: un caso cerrado no se reabre. Abra un caso nuevo y vincúlelo.</translation>
    </message>
    <message>
        <source>The committee has no active role in a %1; the case is only logged for the record.</source>
        <translation>El comité no tiene un papel activo en %1; el caso solo se registra para que conste.</translation>
    </message>
    <message>
        <source>A case does not go back from “%1” to the earlier step “%2” (Undo reverses a move just made). From here it can move to %3.</source>
        <translation>Un caso no vuelve de «%1» al paso anterior «%2» (Deshacer revierte un paso recién dado). Desde aquí puede pasar a %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot move from “%2” to “%3”. From here it can move to %4.</source>
        <translation>%1 no puede pasar de «%2» a «%3». Desde aquí puede pasar a %4.</translation>
    </message>
</context>
<context>
    <name>ProcessPublicTexts</name>
    <message>
        <source>Independent Appeals Panel finding %1</source>
        <translation>Resolución %1 del Panel Independiente de Apelaciones</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Remedy period</source>
        <translation>Plazo de subsanación</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>The finding of %1 is not published yet.</source>
        <translation>La resolución de %1 aún no está publicada.</translation>
    </message>
    <message>
        <source>%1 is a table-top exercise; it has no public output.</source>
        <translation>%1 es un ejercicio de simulación; no tiene documentos públicos.</translation>
    </message>
    <message>
        <source>Annual consultation, %1</source>
        <translation>Consulta anual, %1</translation>
    </message>
    <message>
        <source>Update to the direct customers, %1</source>
        <translation>Actualización a los clientes directos, %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Technical change: %1</source>
        <translation>Cambio técnico: %1</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO</source>
        <translation>Plan de implementación acordado con la IFO</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>Periodo de RFC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>Declaración de la IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement</source>
        <translation>La declaración de la IFO</translation>
    </message>
    <message>
        <source>The audit&apos;s results are not published yet.</source>
        <translation>Los resultados de la auditoría aún no están publicados.</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance, %1</source>
        <translation>Auditoría independiente del desempeño de la IFO, %1</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Auditada por</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Encargada</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Informe recibido</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Community feedback until</source>
        <translation>Opiniones de la comunidad hasta</translation>
    </message>
</context>
<context>
    <name>PublicOutputs</name>
    <message>
        <source>Findings for %1, decided by the committee on %2.</source>
        <translation>Conclusiones de %1, decididas por el comité el %2.</translation>
    </message>
    <message>
        <source>Findings for %1 (draft, not yet decided by the committee).</source>
        <translation>Conclusiones de %1 (borrador, aún no decidido por el comité).</translation>
    </message>
    <message>
        <source>“%1” is not a public output.</source>
        <translation>«%1» no es un documento público.</translation>
    </message>
    <message>
        <source>The %1 is not published as “%2”: use %3.</source>
        <translation>Este documento (%1) no se publica como «%2»: use %3.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Todavía no se ha publicado nada.</translation>
    </message>
    <message>
        <source>The %1 is not a paged document.</source>
        <translation>Este documento (%1) no es un documento paginado.</translation>
    </message>
</context>
<context>
    <name>PublicSite</name>
    <message>
        <source>Minutes of the meeting of %1</source>
        <translation>Acta de la reunión del %1</translation>
    </message>
    <message>
        <source>Findings on IFO performance, %1</source>
        <translation>Conclusiones sobre el desempeño de la IFO, %1</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>None published yet.</source>
        <translation>Aún no se ha publicado nada.</translation>
    </message>
    <message>
        <source>The committee&apos;s public record</source>
        <translation>El registro público del comité</translation>
    </message>
    <message>
        <source>The minutes, findings, work plan and calendar of the Customer Standing Committee, as published. New documents are announced in the feed.</source>
        <translation>Las actas, las conclusiones, el plan de trabajo y el calendario del Comité Permanente de Clientes, tal como se publicaron. Los nuevos documentos se anuncian en el canal.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Canal Atom</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>Conclusiones sobre el desempeño de la IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Updated on %1.</source>
        <translation>Actualizado el %1.</translation>
    </message>
    <message>
        <source>%1: published documents</source>
        <translation>%1: documentos publicados</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Publishing the site was cancelled; %1 of %2 files are up to date.</source>
        <translation>Se canceló la publicación del sitio; %1 de %2 archivos están actualizados.</translation>
    </message>
</context>
<context>
    <name>PublicationPlace</name>
    <message>
        <source>Say where the minutes are published: a web address (https://…) or the mailing list they went to.</source>
        <translation>Indique dónde se publica el acta: una dirección web (https://…) o la lista de correo a la que se envió.</translation>
    </message>
    <message>
        <source>“%1” is not a web address or a mailing list address. Give the address where the minutes can be read, such as https://example.org/csc/minutes or the list&apos;s e-mail address.</source>
        <translation>«%1» no es una dirección web ni la dirección de una lista de correo. Indique la dirección donde puede leerse el acta, como https://example.org/csc/minutes, o la dirección de correo electrónico de la lista.</translation>
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
        <translation>CSC Desk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>There is no section “%1”; use one of: %2.</source>
        <translation>No existe la sección «%1»; use una de: %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>No hay ninguna base de datos en %1. ¿Crear allí una nueva base de datos del comité?</translation>
    </message>
</context>
<context>
    <name>RatedMonths</name>
    <message>
        <source>The figures of %1 cannot change: the committee has rated that month, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>Las cifras de %1 no pueden cambiar: el comité calificó ese mes, y un mes calificado consta en el registro. La presidencia debe reabrir primero su calificación, mediante una decisión registrada.</translation>
    </message>
    <message>
        <source>%1 cannot take effect in %2: the committee has already rated %3, and a change never rewrites a month already rated. Choose %4 or later.</source>
        <translation>%1 no puede entrar en vigor en %2: el comité ya calificó %3, y un cambio nunca reescribe un mes ya calificado. Elija %4 o posterior.</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>There is no member “%1” on the roster.</source>
        <translation>No hay ningún miembro «%1» en la lista.</translation>
    </message>
    <message>
        <source>This is already a review copy; export review copies from the committee&apos;s database.</source>
        <translation>Esto ya es una copia de revisión; exporte las copias de revisión desde la base de datos del comité.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the review copy.</source>
        <translation>«%1» ya existe; elija un archivo nuevo para la copia de revisión.</translation>
    </message>
    <message>
        <source>This database is not a review copy; there are no changes to send back.</source>
        <translation>Esta base de datos no es una copia de revisión; no hay cambios que devolver.</translation>
    </message>
    <message>
        <source>A review copy is recorded in the committee&apos;s database when it is made, and this one is read-only: %1</source>
        <translation>Una copia de revisión se registra en la base de datos del comité al crearse, y esta es de solo lectura: %1</translation>
    </message>
    <message>
        <source>review copy %1 for %2 (%3)</source>
        <translation>copia de revisión %1 para %2 (%3)</translation>
    </message>
    <message>
        <source>The review copy “%1” could not be made; nothing was written there.</source>
        <translation>No se pudo crear la copia de revisión «%1»; no se escribió nada allí.</translation>
    </message>
    <message>
        <source>The committee&apos;s database could not be read.</source>
        <translation>No se pudo leer la base de datos del comité.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside it.</source>
        <translation>No se puede crear un archivo temporal junto a ella.</translation>
    </message>
    <message>
        <source>The review copy could not be saved to the disk.</source>
        <translation>No se pudo guardar la copia de revisión en el disco.</translation>
    </message>
    <message>
        <source>The finished review copy failed its check.</source>
        <translation>La copia de revisión terminada no superó su comprobación.</translation>
    </message>
    <message>
        <source>The review copy could not be put at “%1”.</source>
        <translation>No se pudo colocar la copia de revisión en «%1».</translation>
    </message>
</context>
<context>
    <name>ReviewMerge</name>
    <message>
        <source>A change to %1</source>
        <translation>Un cambio en %1</translation>
    </message>
    <message>
        <source>this kind of record cannot be changed from a review copy</source>
        <translation>este tipo de registro no puede modificarse desde una copia de revisión</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” names a review copy this database never issued; it is refused and nothing was changed.</source>
        <translation>«%1» menciona una copia de revisión que esta base de datos nunca emitió; se rechaza y no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” was altered or damaged after it was written: its seal does not match the review copy it names (issued to %2). It is refused and nothing was changed.</source>
        <translation>«%1» se modificó o dañó después de escribirse: su sello no coincide con la copia de revisión que menciona (emitida para %2). Se rechaza y no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” claims to come from %2, but its review copy was issued to %3. It is refused and nothing was changed.</source>
        <translation>«%1» afirma proceder de %2, pero su copia de revisión se emitió para %3. Se rechaza y no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” was merged already (%2); a changes file merges once. Nothing was changed.</source>
        <translation>«%1» ya se integró (%2); un archivo de cambios se integra una sola vez. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
</context>
<context>
    <name>RootZoneEmergencyProcess</name>
    <message>
        <source>Root Zone Emergency</source>
        <translation>Emergencia en la zona raíz</translation>
    </message>
    <message>
        <source>Expedited handling between a TLD manager and the IFO, logged for the record only.</source>
        <translation>Gestión urgente entre un administrador de TLD y la IFO, registrada solo para que conste.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>TLD manager and IFO</source>
        <translation>Administrador de TLD e IFO</translation>
    </message>
    <message>
        <source>Handled between the TLD manager and the IFO; the committee keeps the record.</source>
        <translation>Gestionado entre el administrador del TLD y la IFO; el comité conserva el registro.</translation>
    </message>
    <message>
        <source>Closed for the record</source>
        <translation>Cerrado para el registro</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>The emergency is over; the record stays for pattern analysis.</source>
        <translation>La emergencia ha terminado; el registro se conserva para el análisis de patrones.</translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation>Cerrar el registro</translation>
    </message>
</context>
<context>
    <name>RosterChanges</name>
    <message>
        <source>%1 attended or sent apologies to a meeting</source>
        <translation>%1 asistió a una reunión o presentó sus disculpas</translation>
    </message>
    <message>
        <source>%1 voted on a decision</source>
        <translation>%1 votó sobre una decisión</translation>
    </message>
    <message>
        <source>%1 owns an action item</source>
        <translation>%1 es responsable de un punto de acción</translation>
    </message>
    <message>
        <source>%1 commented on minutes</source>
        <translation>%1 comentó un acta</translation>
    </message>
    <message>
        <source>%1, so they are part of the committee&apos;s record and cannot be removed. End their term instead.</source>
        <translation>%1, así que forma parte del registro del comité y no puede eliminarse. Ponga fin a su mandato en su lugar.</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of seat (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</source>
        <translation>«%1» no es un tipo de puesto (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«%1» no es yes ni no.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not primary or secondary.</source>
        <translation>«%1» no es primary ni secondary.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 with a term from %2 is already on line %3.</source>
        <translation>%1 con un mandato desde el %2 ya figura en la línea %3.</translation>
    </message>
    <message>
        <source>%1 is already on the roster with different details; edit the member instead.</source>
        <translation>%1 ya está en la lista de miembros con datos distintos; edite el miembro en su lugar.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fill in at least the database name of the shared server.</source>
        <translation>Indique al menos el nombre de la base de datos del servidor compartido.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; you connect as %2.</source>
        <translation>Conectado a %1: un comité de CSC Desk; se conecta como %2.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; your database role has no committee role, so you read what the server allows.</source>
        <translation>Conectado a %1: un comité de CSC Desk; su rol de base de datos no tiene rol en el comité, así que lee lo que el servidor permite.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Shared Server</source>
        <translation>Servidor compartido</translation>
    </message>
    <message>
        <source>The password of your database role on %1 (used for this connection only; to connect without asking, put it in ~/.pgpass):</source>
        <translation>La contraseña de su rol de base de datos en %1 (solo para esta conexión; para conectarse sin que se pida, póngala en ~/.pgpass):</translation>
    </message>
    <message>
        <source>The server refused that password. Your password on %1:</source>
        <translation>El servidor rechazó esa contraseña. Su contraseña en %1:</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCatalogue</name>
    <message>
        <source>A version needs the month it takes effect.</source>
        <translation>Una versión necesita el mes en que entra en vigor.</translation>
    </message>
    <message>
        <source>The threshold must be a positive duration.</source>
        <translation>El umbral debe ser una duración positiva.</translation>
    </message>
    <message>
        <source>The compliance target must be between 0 and 100%.</source>
        <translation>El objetivo de cumplimiento debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>There is no service level number %1.</source>
        <translation>No existe el nivel de servicio número %1.</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» no es una categoría de proceso (de I a V).</translation>
    </message>
    <message>
        <source>A service level needs a metric name.</source>
        <translation>Un nivel de servicio necesita un nombre de métrica.</translation>
    </message>
    <message>
        <source>Category %1 already has a metric “%2”.</source>
        <translation>La categoría %1 ya tiene una métrica «%2».</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Una solicitud de cambio necesita un título.</translation>
    </message>
    <message>
        <source>A change request needs the month it takes effect.</source>
        <translation>Una solicitud de cambio necesita el mes en que entra en vigor.</translation>
    </message>
    <message>
        <source>A change request must change at least one service level.</source>
        <translation>Una solicitud de cambio debe modificar al menos un nivel de servicio.</translation>
    </message>
    <message>
        <source>Service level %1 already has a version from %2; a new one must start later.</source>
        <translation>El nivel de servicio %1 ya tiene una versión desde %2; una nueva debe empezar después.</translation>
    </message>
    <message>
        <source>Could not rename the metric; is the name already used in its category?</source>
        <translation>No se pudo cambiar el nombre de la métrica; ¿ya se usa ese nombre en su categoría?</translation>
    </message>
    <message>
        <source>A new service level</source>
        <translation>Un nuevo nivel de servicio</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>Un cambio</translation>
    </message>
    <message>
        <source>Retiring a service level</source>
        <translation>La retirada de un nivel de servicio</translation>
    </message>
    <message>
        <source>Bringing back a retired service level</source>
        <translation>La recuperación de un nivel de servicio retirado</translation>
    </message>
</context>
<context>
    <name>SetupCsvTable</name>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a set-up file holds at most %2 MB.</source>
        <translation>El archivo ocupa %1 MB; un archivo de configuración ocupa como máximo %2 MB.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Broken quoting (%1).</source>
        <translation>Comillas mal cerradas (%1).</translation>
    </message>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>El texto no es UTF-8.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>Columna desconocida «%1»; las columnas son %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>The header has no “%1” column.</source>
        <translation>El encabezado no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campos donde el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>El archivo está vacío; necesita una línea de encabezado.</translation>
    </message>
</context>
<context>
    <name>SleText</name>
    <message>
        <source>I — Routine updates affecting the root zone</source>
        <translation>I — Actualizaciones rutinarias que afectan a la zona raíz</translation>
    </message>
    <message>
        <source>II — Routine updates not affecting the root zone</source>
        <translation>II — Actualizaciones rutinarias que no afectan a la zona raíz</translation>
    </message>
    <message>
        <source>III — Creating or transferring a gTLD</source>
        <translation>III — Creación o transferencia de un gTLD</translation>
    </message>
    <message>
        <source>IV — Creating or transferring a ccTLD</source>
        <translation>IV — Creación o transferencia de un ccTLD</translation>
    </message>
    <message>
        <source>V — Other change requests</source>
        <translation>V — Otras solicitudes de cambio</translation>
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
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Bulk load failed.</source>
        <translation>La carga masiva falló.</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Save: save your version over theirs now (the audit trail keeps both).
Discard: drop your version and show theirs.</source>
        <translation>Guardar: guardar ahora su versión sobre la de la otra persona (el registro de auditoría conserva ambas).
Descartar: descartar su versión y mostrar la de la otra persona.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nothing can be changed: %1</source>
        <translation>No se puede cambiar nada: %1</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written.</source>
        <translation>La base de datos está ocupada o no se puede escribir.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>No se puede escribir en la base de datos.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
    </message>
    <message>
        <source>The changes could not be saved (is the disk full?); nothing was written.</source>
        <translation>No se pudieron guardar los cambios (¿está lleno el disco?); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>UrgentReviews</name>
    <message>
        <source>An urgent review needs a title.</source>
        <translation>Una revisión urgente necesita un título.</translation>
    </message>
    <message>
        <source>An urgent review needs its evidence: the extreme event, or the disputes that make the breach systemic.</source>
        <translation>Una revisión urgente necesita sus pruebas: el suceso extremo o las controversias que hacen sistémico el incumplimiento.</translation>
    </message>
    <message>
        <source>Urgent review evidence</source>
        <translation>Pruebas de la revisión urgente</translation>
    </message>
    <message>
        <source>Consent is given by the ccTLD or the gTLD customers.</source>
        <translation>El consentimiento lo dan los clientes ccTLD o gTLD.</translation>
    </message>
    <message>
        <source>A consent needs who gave it, by what means and when.</source>
        <translation>Un consentimiento necesita quién lo dio, por qué medio y cuándo.</translation>
    </message>
    <message>
        <source>A consent needs its evidence: attach the document.</source>
        <translation>Un consentimiento necesita sus pruebas: adjunte el documento.</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>Consentimiento de los clientes</translation>
    </message>
    <message>
        <source>the ccTLD customers</source>
        <translation>los clientes ccTLD</translation>
    </message>
    <message>
        <source>the gTLD customers</source>
        <translation>los clientes gTLD</translation>
    </message>
    <message>
        <source>Urgent review “%1” is not open.</source>
        <translation>La revisión urgente «%1» no está abierta.</translation>
    </message>
    <message>
        <source>The Further Escalation Options need the explicit consent of the ccTLD and gTLD customers; not yet recorded: %1.</source>
        <translation>Las opciones de escalamiento adicional requieren el consentimiento explícito de los clientes ccTLD y gTLD; aún no registrado: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Say on what ground the Further Escalation Options are opened.</source>
        <translation>Indique por qué motivo se abren las opciones de escalamiento adicional.</translation>
    </message>
    <message>
        <source>Urgent review “%1” is concluded already.</source>
        <translation>La revisión urgente «%1» ya ha concluido.</translation>
    </message>
    <message>
        <source>Concluding an urgent review needs its outcome.</source>
        <translation>Concluir una revisión urgente requiere su resultado.</translation>
    </message>
    <message>
        <source>There is no urgent review #%1.</source>
        <translation>No existe la revisión urgente n.º %1.</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>A work item needs a title.</source>
        <translation>Un elemento de trabajo necesita un título.</translation>
    </message>
    <message>
        <source>The work item is no longer there.</source>
        <translation>El elemento de trabajo ya no existe.</translation>
    </message>
</context>
<context>
    <name>WorkPlanExporter</name>
    <message>
        <source>Work plan of the Customer Standing Committee</source>
        <translation>Plan de trabajo del Comité Permanente de Clientes</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Elemento de trabajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No public work items.</source>
        <translation>No hay elementos de trabajo públicos.</translation>
    </message>
    <message>
        <source>Work plan as of %1.</source>
        <translation>Plan de trabajo a fecha de %1.</translation>
    </message>
</context>
<context>
    <name>csc</name>
    <message>
        <source>Imports the IFO&apos;s figures from a CSV file (per request or per month).</source>
        <translation>Importa las cifras de la IFO desde un archivo CSV (por solicitud o por mes).</translation>
    </message>
    <message>
        <source>Replace months that were already imported.</source>
        <translation>Reemplazar los meses ya importados.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>sle import needs exactly one FILE</source>
        <translation>sle import necesita exactamente un FILE</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2) for %3.</source>
        <translation>Se importaron %1 filas (%2) para %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene %n problema.</numerusform>
            <numerusform>No se importó nada: el archivo tiene %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures for %1 were already imported; nothing was changed. Run again with --replace to replace them.</source>
        <translation>Las cifras de %1 ya se importaron; no se cambió nada. Ejecute de nuevo con --replace para reemplazarlas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not “%1”</source>
        <translation>--month debe ser AAAA-MM, no «%1»</translation>
    </message>
    <message>
        <source>Shows a month&apos;s evaluation against the service levels.</source>
        <translation>Muestra la evaluación de un mes frente a los niveles de servicio.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>El mes, AAAA-MM.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>--format debe ser table, csv o json, no «%1»</translation>
    </message>
    <message>
        <source>Proposed rating: %1</source>
        <translation>Calificación propuesta: %1</translation>
    </message>
    <message>
        <source>Decided rating: %1</source>
        <translation>Calificación decidida: %1</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Writes the monthly findings report for public posting.</source>
        <translation>Escribe el informe mensual de conclusiones para su publicación.</translation>
    </message>
    <message>
        <source>pdf or html.</source>
        <translation>pdf o html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>--format must be pdf or html, not “%1”</source>
        <translation>--format debe ser pdf o html, no «%1»</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>se requiere --out FILE</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>Conclusiones de %1 escritas en %2</translation>
    </message>
    <message>
        <source>unknown sle subcommand “%1”; %2</source>
        <translation>subcomando sle desconocido «%1»; %2</translation>
    </message>
    <message>
        <source>meeting no. %1</source>
        <translation>reunión n.º %1</translation>
    </message>
    <message>
        <source>a meeting no longer on record</source>
        <translation>una reunión que ya no consta en el registro</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comentario sobre %1</translation>
    </message>
    <message>
        <source>comments are added, never edited or removed</source>
        <translation>los comentarios se añaden, nunca se editan ni se eliminan</translation>
    </message>
    <message>
        <source>Review of the minutes of %1</source>
        <translation>Revisión del acta de %1</translation>
    </message>
    <message>
        <source>reviews are added, never edited or removed</source>
        <translation>las revisiones se añaden, nunca se editan ni se eliminan</translation>
    </message>
    <message>
        <source>Approval of the minutes of %1</source>
        <translation>Aprobación del acta de %1</translation>
    </message>
    <message>
        <source>Request for changes to the minutes of %1</source>
        <translation>Solicitud de cambios en el acta de %1</translation>
    </message>
    <message>
        <source>Comment on the minutes of %1</source>
        <translation>Comentario sobre el acta de %1</translation>
    </message>
    <message>
        <source>Vote “%1” on decision %2</source>
        <translation>Voto «%1» sobre la decisión %2</translation>
    </message>
    <message>
        <source>a vote cannot be withdrawn from a review copy</source>
        <translation>un voto no puede retirarse desde una copia de revisión</translation>
    </message>
    <message>
        <source>a review copy only carries its own member&apos;s vote</source>
        <translation>una copia de revisión solo contiene el voto de su propio miembro</translation>
    </message>
    <message>
        <source>%1 marked done</source>
        <translation>%1 marcado como hecho</translation>
    </message>
    <message>
        <source>Action item %1 marked done</source>
        <translation>Punto de acción %1 marcado como hecho</translation>
    </message>
    <message>
        <source>action items are created and removed by the secretariat</source>
        <translation>los puntos de acción los crea y elimina la secretaría</translation>
    </message>
    <message>
        <source>it was marked done meanwhile (note: “%1”)</source>
        <translation>se marcó como hecho mientras tanto (nota: «%1»)</translation>
    </message>
    <message>
        <source>Records the committee&apos;s rating of a month (the chair&apos;s decision).</source>
        <translation>Registra la calificación de un mes por el comité (decisión de la presidencia).</translation>
    </message>
    <message>
        <source>The rating: Excellent, Satisfactory or the lower label.</source>
        <translation>La calificación: Excelente, Satisfactorio o la etiqueta inferior.</translation>
    </message>
    <message>
        <source>The date of the decision (default: today).</source>
        <translation>La fecha de la decisión (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Redraft a statement edited by hand for another rating.</source>
        <translation>Volver a redactar una declaración editada a mano para otra calificación.</translation>
    </message>
    <message>
        <source>Keep such an edit (the report then cannot be exported until they agree).</source>
        <translation>Conservar esa edición (en ese caso, el informe no podrá exportarse hasta que coincidan).</translation>
    </message>
    <message>
        <source>--rating RATING is required</source>
        <translation>se requiere --rating RATING</translation>
    </message>
    <message>
        <source>--redraft and --keep-edit exclude each other</source>
        <translation>--redraft y --keep-edit se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--on must be YYYY-MM-DD, not “%1”</source>
        <translation>--on debe ser YYYY-MM-DD, no «%1»</translation>
    </message>
    <message>
        <source>Rating of %1 recorded: %2</source>
        <translation>Calificación de %1 registrada: %2</translation>
    </message>
    <message>
        <source>Reopens a rated month (the chair&apos;s recorded decision), so its figures may change.</source>
        <translation>Reabre un mes calificado (decisión registrada de la presidencia), para que sus cifras puedan cambiar.</translation>
    </message>
    <message>
        <source>The reason, kept in the record.</source>
        <translation>El motivo, que queda en el registro.</translation>
    </message>
    <message>
        <source>--why TEXT is required</source>
        <translation>se requiere --why TEXT</translation>
    </message>
    <message>
        <source>Rating of %1 reopened</source>
        <translation>Calificación de %1 reabierta</translation>
    </message>
    <message>
        <source>usage: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</source>
        <translation>uso: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: añadidos %2, ya existentes %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Imports %1 from FILE, all or nothing.</source>
        <translation>Importa %1 desde FILE, todo o nada.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>El archivo que se importará.</translation>
    </message>
    <message>
        <source>Exports %1 (to stdout without --out).</source>
        <translation>Exporta %1 (a la salida estándar sin --out).</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 escrito en %2</translation>
    </message>
    <message>
        <source>unknown %1 subcommand “%2”</source>
        <translation>subcomando %1 desconocido «%2»</translation>
    </message>
    <message>
        <source>Creates a new, empty committee database: cscdesk init --db PATH --committee NAME.</source>
        <translation>Crea una base de datos de comité nueva y vacía: cscdesk init --db PATH --committee NAME.</translation>
    </message>
    <message>
        <source>The committee&apos;s name.</source>
        <translation>El nombre del comité.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>El nuevo archivo de base de datos (no debe existir).</translation>
    </message>
    <message>
        <source>--db PATH is required (the new database file)</source>
        <translation>se requiere --db PATH (el nuevo archivo de base de datos)</translation>
    </message>
    <message>
        <source>--committee NAME is required</source>
        <translation>se requiere --committee NAME</translation>
    </message>
    <message>
        <source>New committee “%1” created in %2</source>
        <translation>Nuevo comité «%1» creado en %2</translation>
    </message>
    <message>
        <source>Next: cscdesk roster import, cscdesk holidays import, cscdesk sle catalogue import, or the set-up assistant in the app.</source>
        <translation>Siguiente paso: cscdesk roster import, cscdesk holidays import, cscdesk sle catalogue import, o el asistente de configuración de la aplicación.</translation>
    </message>
    <message>
        <source>usage: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>uso: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the roster, for scripting.</source>
        <translation>Enumera la lista de miembros, para scripts.</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la lista de miembros</translation>
    </message>
    <message>
        <source>usage: cscdesk holidays import FILE | export [--out FILE]</source>
        <translation>uso: cscdesk holidays import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>el calendario de festivos</translation>
    </message>
    <message>
        <source>Lists every meeting, oldest first.</source>
        <translation>Enumera todas las reuniones, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Shows one meeting: DATE (YYYY-MM-DD) or its NUMBER.</source>
        <translation>Muestra una reunión: DATE (YYYY-MM-DD) o NUMBER (su número).</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>La reunión.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>No existe la reunión número %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor a meeting number</source>
        <translation>«%1» no es ni una fecha (YYYY-MM-DD) ni un número de reunión</translation>
    </message>
    <message>
        <source>Meeting %1, %2 (%3), minutes %4</source>
        <translation>Reunión %1, %2 (%3), acta: %4</translation>
    </message>
    <message>
        <source>Attendance: %1 of %2 present; %3 decision(s); %4 action item(s).</source>
        <translation>Asistencia: %1 de %2 presentes; %3 decisión(es); %4 punto(s) de acción.</translation>
    </message>
    <message>
        <source>usage: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</source>
        <translation>uso: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</translation>
    </message>
    <message>
        <source>unknown meetings subcommand “%1”; %2</source>
        <translation>subcomando meetings desconocido «%1»; %2</translation>
    </message>
    <message>
        <source>usage: cscdesk actions list [--open] [--format table|csv|json]</source>
        <translation>uso: cscdesk actions list [--open] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Lists action items, for scripting.</source>
        <translation>Enumera los puntos de acción, para scripts.</translation>
    </message>
    <message>
        <source>Only pending items.</source>
        <translation>Solo los puntos pendientes.</translation>
    </message>
    <message>
        <source>usage: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>uso: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the service levels with their versions, or those in force in a month.</source>
        <translation>Enumera los niveles de servicio con sus versiones, o los vigentes en un mes.</translation>
    </message>
    <message>
        <source>Only the definitions in force in this month.</source>
        <translation>Solo las definiciones vigentes en este mes.</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>el catálogo de niveles de servicio</translation>
    </message>
    <message>
        <source>Create a new, empty committee database</source>
        <translation>Crear una base de datos de comité nueva y vacía</translation>
    </message>
    <message>
        <source>The roster: list, import, export</source>
        <translation>La lista de miembros: list, import, export</translation>
    </message>
    <message>
        <source>The holiday calendar: import, export</source>
        <translation>El calendario de festivos: import, export</translation>
    </message>
    <message>
        <source>List meetings or show one</source>
        <translation>Enumerar las reuniones o mostrar una</translation>
    </message>
    <message>
        <source>List action items</source>
        <translation>Enumerar los puntos de acción</translation>
    </message>
</context>
<context>
    <name>csc::ActionItemModel</name>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidencial)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>csc::AgendaModel</name>
    <message>
        <source> — case %1</source>
        <translation> — caso %1</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (confidencial)</translation>
    </message>
    <message>
        <source>Confidential: its minutes section starts confidential and stays out of public minutes.</source>
        <translation>Confidencial: su sección del acta empieza como confidencial y queda fuera del acta pública.</translation>
    </message>
    <message>
        <source>Tick to mark this item confidential.</source>
        <translation>Marque para hacer confidencial este punto.</translation>
    </message>
</context>
<context>
    <name>csc::AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>New agenda topic</source>
        <translation>Nuevo tema del orden del día</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Añadir tema</translation>
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
        <translation>Arrastre las líneas o pulse Ctrl+Arriba / Ctrl+Abajo para reordenar; marque una línea para hacerla confidencial; los puntos de acción abiertos se trasladan solos.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar punto del orden del día</translation>
    </message>
    <message>
        <source>Add agenda topic</source>
        <translation>Añadir tema al orden del día</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar punto del orden del día</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Mover punto del orden del día</translation>
    </message>
    <message>
        <source>The agenda item is no longer on the agenda.</source>
        <translation>El punto ya no figura en el orden del día.</translation>
    </message>
</context>
<context>
    <name>csc::AtomicFile</name>
    <message>
        <source>The disk is full or a file size limit was reached: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>El disco está lleno o se alcanzó un límite de tamaño de archivo: no se pudo escribir «%1». Cualquier archivo anterior en esa ubicación se dejó como estaba.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>El disco está lleno: no se pudo escribir «%1». Cualquier archivo anterior en esa ubicación se dejó como estaba.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>No se pudo escribir «%1». Cualquier archivo anterior en esa ubicación se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>csc::AttendanceModel</name>
    <message>
        <source>%1 (does not vote)</source>
        <translation>%1 (no vota)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>csc::CalendarEventModel</name>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>csc::CalendarPage</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>Eventos del mes</translation>
    </message>
    <message>
        <source>Dates the obligations are computed from</source>
        <translation>Fechas a partir de las que se calculan las obligaciones</translation>
    </message>
    <message>
        <source>Stewardship transition:</source>
        <translation>Transición de la custodia:</translation>
    </message>
    <message>
        <source>First meeting:</source>
        <translation>Primera reunión:</translation>
    </message>
    <message>
        <source>Annual consultation:</source>
        <translation>Consulta anual:</translation>
    </message>
    <message>
        <source>Last audit:</source>
        <translation>Última auditoría:</translation>
    </message>
    <message>
        <source>The review team meets 3 years after the transition, then every 4 years.</source>
        <translation>El equipo de revisión se reúne 3 años después de la transición y luego cada 4 años.</translation>
    </message>
    <message>
        <source>The charter is reviewed 12 months after the first meeting (default: meeting no. 1).</source>
        <translation>La carta orgánica se revisa 12 meses después de la primera reunión (predeterminado: reunión n.º 1).</translation>
    </message>
    <message>
        <source>The annual consultation repeats on this day each year.</source>
        <translation>La consulta anual se repite en este día cada año.</translation>
    </message>
    <message>
        <source>An independent audit is due every 3 years.</source>
        <translation>Cada 3 años corresponde una auditoría independiente.</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>Guardar fechas</translation>
    </message>
    <message>
        <source>Export as iCalendar (.ics)…</source>
        <translation>Exportar como iCalendar (.ics)…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Export the committee calendar</source>
        <translation>Exportar el calendario del comité</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendario escrito en %1</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>Cambiar las fechas del calendario</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vista mensual</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
</context>
<context>
    <name>csc::CaseBoard</name>
    <message>
        <source>%1
Acts: %2</source>
        <translation>%1
Actúa: %2</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>estado final</translation>
    </message>
    <message>
        <source>Cases at the step %1 of %2</source>
        <translation>Casos en el paso %1 de %2</translation>
    </message>
    <message>
        <source>drop here: a legal next step</source>
        <translation>soltar aquí: un paso siguiente permitido</translation>
    </message>
    <message>
        <source>not a legal next step</source>
        <translation>no es un paso siguiente permitido</translation>
    </message>
    <message>
        <source>Legal next step: drop the case here</source>
        <translation>Paso siguiente permitido: suelte el caso aquí</translation>
    </message>
</context>
<context>
    <name>csc::CaseCardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerrado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d in step</source>
        <translation>
            <numerusform>%n d en el paso</numerusform>
            <numerusform>%n d en el paso</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
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
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>Hacer &amp;público…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Detalle del caso</translation>
    </message>
    <message>
        <source>Add a comment and press Enter</source>
        <translation>Añada un comentario y pulse Intro</translation>
    </message>
    <message>
        <source>Select a card to see its timeline, comments and documents.</source>
        <translation>Seleccione una tarjeta para ver su cronología, comentarios y documentos.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) late</source>
        <translation>
            <numerusform>%1, %n día hábil de retraso</numerusform>
            <numerusform>%1, %n días hábiles de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) left</source>
        <translation>
            <numerusform>%1, queda %n día hábil</numerusform>
            <numerusform>%1, quedan %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8e44ad&apos;&gt;Confidential&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8e44ad&apos;&gt;Confidencial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#007a87&apos;&gt;Table-top exercise&lt;/b&gt; (kept out of statistics and public output)</source>
        <translation>&lt;b style=&apos;color:#007a87&apos;&gt;Ejercicio de simulación&lt;/b&gt; (fuera de las estadísticas y de los documentos públicos)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source> — since %1</source>
        <translation> — desde el %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <source>level %1 of %2: %3</source>
        <translation>nivel %1 de %2: %3</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Opened at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Abierto el &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(deshecho)</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comentarios (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Casos vinculados</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Abierto a partir de</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Dio lugar a</translation>
    </message>
    <message>
        <source>Notices owed</source>
        <translation>Avisos pendientes</translation>
    </message>
    <message>
        <source>remedial action invoked (%1)</source>
        <translation>acción correctiva invocada (%1)</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>escalado a %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Publication decisions</source>
        <translation>Decisiones de publicación</translation>
    </message>
    <message>
        <source>made public</source>
        <translation>hecho público</translation>
    </message>
    <message>
        <source>made confidential</source>
        <translation>hecho confidencial</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Seleccione primero un caso.</translation>
    </message>
    <message>
        <source>A closed or archived case has no next step.</source>
        <translation>Un caso cerrado o archivado no tiene paso siguiente.</translation>
    </message>
    <message>
        <source>An archived case takes no documents.</source>
        <translation>Un caso archivado no admite documentos.</translation>
    </message>
    <message>
        <source>A table-top exercise is never made public.</source>
        <translation>Un ejercicio de simulación nunca se hace público.</translation>
    </message>
    <message>
        <source>The case is public already.</source>
        <translation>El caso ya es público.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation>Solo se puede archivar un caso cerrado.</translation>
    </message>
    <message>
        <source>Record &amp;response…</source>
        <translation>Registrar la &amp;respuesta…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>Tras&amp;pasar…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#6a1b9a&apos;&gt;Unanswered&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6a1b9a&apos;&gt;Sin respuesta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Met&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Cumplido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#e65100&apos;&gt;Late&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#e65100&apos;&gt;Con retraso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: received %3</source>
        <translation>%1 — %2: recibida el %3</translation>
    </message>
    <message>
        <source>%1 — %2: no response by %3</source>
        <translation>%1 — %2: sin respuesta al %3</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (vence el %1)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>Resolución del panel</translation>
    </message>
    <message>
        <source>, %1 to remedy</source>
        <translation>, %1 para subsanarlo</translation>
    </message>
    <message>
        <source>Public text published %1</source>
        <translation>Texto público publicado el %1</translation>
    </message>
    <message>
        <source>Public text not yet published</source>
        <translation>Texto público aún no publicado</translation>
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
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Search titles, descriptions, comments and notes…</source>
        <translation>Buscar en títulos, descripciones, comentarios y notas…</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>En el tablero</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Board and archive</source>
        <translation>Tablero y archivo</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Cualquier operador</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Cualquier nivel de servicio</translation>
    </message>
    <message>
        <source>%1 cannot move to “%2”: %3</source>
        <translation>%1 no puede pasar a «%2»: %3</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>Mover %1 a «%2»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>Hacer &amp;público…</translation>
    </message>
    <message>
        <source>&amp;Restore from the archive</source>
        <translation>&amp;Restaurar desde el archivo</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Open a Problem Management Case</source>
        <translation>Abrir un caso de Gestión de problemas</translation>
    </message>
    <message>
        <source>Open a Problem Management case about “%1”, linked to %2?</source>
        <translation>¿Abrir un caso de Gestión de problemas sobre «%1», vinculado a %2?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Make %1 Public</source>
        <translation>Hacer público %1</translation>
    </message>
    <message>
        <source>Cases stay confidential unless the parties agree. Who agreed to publication, when and how?</source>
        <translation>Los casos siguen siendo confidenciales salvo acuerdo de las partes. ¿Quién aceptó la publicación, cuándo y cómo?</translation>
    </message>
    <message>
        <source>Make %1 public</source>
        <translation>Hacer público %1</translation>
    </message>
    <message>
        <source>Escalate Remedial Action</source>
        <translation>Escalar la acción correctiva</translation>
    </message>
    <message>
        <source>Why does the remedial action go to the next level? The registry stakeholder group and the ccNSO and GNSO Councils will be owed a notice.</source>
        <translation>¿Por qué pasa la acción correctiva al siguiente nivel? Se deberá notificar al grupo de partes interesadas de registros y a los Consejos de la ccNSO y la GNSO.</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Select a case to print its detail.</source>
        <translation>Seleccione un caso para imprimir su detalle.</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>Mover %1 a</translation>
    </message>
    <message>
        <source>No further step: this is an end state</source>
        <translation>No hay paso siguiente: es un estado final</translation>
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
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>csc::CatalogueSetupPage</name>
    <message>
        <source>The service level catalogue</source>
        <translation>El catálogo de niveles de servicio</translation>
    </message>
    <message>
        <source>Import the agreed service levels from CSV with the columns category, metric, threshold, unit, type, target_percent, effective_from. Later months of a metric become amendments.</source>
        <translation>Importar los niveles de servicio acordados desde un CSV con las columnas category, metric, threshold, unit, type, target_percent, effective_from. Los meses posteriores de una métrica se convierten en modificaciones.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>el catálogo de niveles de servicio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No service levels yet.</source>
        <translation>Aún no hay niveles de servicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n service level(s)</source>
        <translation>
            <numerusform>%n nivel de servicio</numerusform>
            <numerusform>%n niveles de servicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) recorded.</source>
        <translation>
            <numerusform>%n modificación registrada.</numerusform>
            <numerusform>%n modificaciones registradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CatalogueView</name>
    <message>
        <source>Effective from</source>
        <translation>Vigente a partir de</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Solicitud de cambio</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New service level…</source>
        <translation>Nuevo nivel de servicio…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Record a change request that gives the selected service level a new version from a month on</source>
        <translation>Registrar una solicitud de cambio que da al nivel de servicio seleccionado una nueva versión a partir de un mes</translation>
    </message>
    <message>
        <source>Definitions in force in the chosen month; grey rows are not defined then.</source>
        <translation>Definiciones vigentes en el mes elegido; las filas grises no están definidas entonces.</translation>
    </message>
    <message>
        <source>Versions of the selected service level</source>
        <translation>Versiones del nivel de servicio seleccionado</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Solicitudes de cambio</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>La IFO</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>El comité</translation>
    </message>
    <message>
        <source>original definition</source>
        <translation>definición original</translation>
    </message>
    <message>
        <source>New service level “%1”</source>
        <translation>Nuevo nivel de servicio «%1»</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Select the service level to amend first.</source>
        <translation>Seleccione primero el nivel de servicio que desea modificar.</translation>
    </message>
    <message>
        <source>“%1” amended from %2.</source>
        <translation>«%1» modificado a partir de %2.</translation>
    </message>
</context>
<context>
    <name>csc::ChangeCapture</name>
    <message>
        <source>Your changes could not be recorded for sending back.</source>
        <translation>Sus cambios no pudieron registrarse para devolverlos.</translation>
    </message>
</context>
<context>
    <name>csc::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Guardar este gráfico como PNG o SVG</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>csc::CommitteePage</name>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>The roster meets the charter&apos;s minimum composition.</source>
        <translation>La lista de miembros cumple la composición mínima de la carta orgánica.</translation>
    </message>
    <message>
        <source>The roster does not meet the charter: %1.</source>
        <translation>La lista de miembros no cumple la carta orgánica: %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>End Term…</source>
        <translation>Fin del mandato…</translation>
    </message>
    <message>
        <source>Ends the member&apos;s appointment on a date; they stay in the record of the meetings they attended.</source>
        <translation>Termina el nombramiento del miembro en una fecha; sigue constando en el registro de las reuniones a las que asistió.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Removes a member entered by mistake (only one who is not part of any record).</source>
        <translation>Elimina un miembro introducido por error (solo uno que no forme parte de ningún registro).</translation>
    </message>
    <message>
        <source>Select a member in the roster first.</source>
        <translation>Seleccione primero un miembro de la lista.</translation>
    </message>
    <message>
        <source>This member&apos;s term has ended already.</source>
        <translation>El mandato de este miembro ya terminó.</translation>
    </message>
    <message>
        <source>End the Term of %1</source>
        <translation>Poner fin al mandato de %1</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>Último día del mandato</translation>
    </message>
    <message>
        <source>%1 leaves the committee after this day. Meetings they attended keep them in their record.</source>
        <translation>%1 deja el comité después de este día. Las reuniones a las que asistió lo conservan en su registro.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Último día:</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>Poner fin al mandato de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Use this only for a member entered by mistake; it cannot be undone (the audit trail keeps the entry).</source>
        <translation>¿Eliminar a %1 de la lista de miembros? Úselo solo para un miembro introducido por error; no se puede deshacer (el registro de auditoría conserva la entrada).</translation>
    </message>
    <message>
        <source>%1 was removed from the roster.</source>
        <translation>%1 se eliminó de la lista de miembros.</translation>
    </message>
    <message>
        <source>Roster and Work Plan</source>
        <translation>Lista de miembros y plan de trabajo</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Funciones</translation>
    </message>
</context>
<context>
    <name>csc::DecisionModel</name>
    <message>
        <source>%1 (by e-mail)</source>
        <translation>%1 (por correo electrónico)</translation>
    </message>
    <message>
        <source> — case %1</source>
        <translation> — caso %1</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidencial)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>Ratificación</translation>
    </message>
</context>
<context>
    <name>csc::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
</context>
<context>
    <name>csc::DutiesPanel</name>
    <message>
        <source>ccTLD customers</source>
        <translation>Clientes ccTLD</translation>
    </message>
    <message>
        <source>gTLD customers</source>
        <translation>Clientes gTLD</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>con %n día hábil de retraso</numerusform>
            <numerusform>con %n días hábiles de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Urgent Reviews</source>
        <translation>Revisiones urgentes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Open Review…</source>
        <translation>Abrir una revisión…</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Registrar el consentimiento…</translation>
    </message>
    <message>
        <source>Further Escalation Options…</source>
        <translation>Opciones de escalamiento adicional…</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>Concluir…</translation>
    </message>
    <message>
        <source>Periodic Audit</source>
        <translation>Auditoría periódica</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Encargada</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Solicitudes de cambio</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Encargar…</translation>
    </message>
    <message>
        <source>Report Received…</source>
        <translation>Informe recibido…</translation>
    </message>
    <message>
        <source>Publish Results…</source>
        <translation>Publicar los resultados…</translation>
    </message>
    <message>
        <source>Community Feedback…</source>
        <translation>Opiniones de la comunidad…</translation>
    </message>
    <message>
        <source>Open Change Request…</source>
        <translation>Abrir una solicitud de cambio…</translation>
    </message>
    <message>
        <source>Technical Changes</source>
        <translation>Cambios técnicos</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Plan acordado</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>Periodo de RFC</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>Declaración de la IFO</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Customer Updates</source>
        <translation>Actualizaciones a los clientes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Public text</source>
        <translation>Texto público</translation>
    </message>
    <message>
        <source>Review Liaisons</source>
        <translation>Enlaces con equipos de revisión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>Equipo de revisión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>IFO Complaints</source>
        <translation>Quejas de la IFO</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Period or reference</source>
        <translation>Periodo o referencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Counts or handling</source>
        <translation>Recuentos o tramitación</translation>
    </message>
    <message>
        <source>Add Summary…</source>
        <translation>Añadir un resumen…</translation>
    </message>
    <message>
        <source>Add Handling Times…</source>
        <translation>Añadir tiempos de tramitación…</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD, empty if not yet):</source>
        <translation>(YYYY-MM-DD; vacío si aún no):</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD):</source>
        <translation>(YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Escalated disputes</source>
        <translation>Controversias escaladas</translation>
    </message>
    <message>
        <source>Extreme event</source>
        <translation>Suceso extremo</translation>
    </message>
    <message>
        <source>Both customers consented</source>
        <translation>Ambos clientes dieron su consentimiento</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Annual consultation</source>
        <translation>Consulta anual</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summary of escalated complaints</source>
        <translation>Resumen de quejas escaladas</translation>
    </message>
    <message>
        <source>Handling times</source>
        <translation>Tiempos de tramitación</translation>
    </message>
    <message>
        <source>receipt %1; response %2</source>
        <translation>recepción %1; respuesta %2</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Desencadenante:</translation>
    </message>
    <message>
        <source>An escalated number of disputes</source>
        <translation>Un número elevado de controversias</translation>
    </message>
    <message>
        <source>A single extreme event</source>
        <translation>Un único suceso extremo</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Apertura:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Evidence document:</source>
        <translation>Documento probatorio:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Further Escalation Options opened:</source>
        <translation>Opciones de escalamiento adicional abiertas:</translation>
    </message>
    <message>
        <source>%1, on the ground: %2</source>
        <translation>%1, por el motivo: %2</translation>
    </message>
    <message>
        <source>Concluded:</source>
        <translation>Concluida:</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>Consentimiento de los clientes</translation>
    </message>
    <message>
        <source>The Further Escalation Options stay closed until the consent of %1 is recorded.</source>
        <translation>Las opciones de escalamiento adicional siguen cerradas hasta que se registre el consentimiento de %1.</translation>
    </message>
    <message>
        <source>Commissioned:</source>
        <translation>Encargada:</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>Informe recibido:</translation>
    </message>
    <message>
        <source>Results published:</source>
        <translation>Resultados publicados:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Public summary:</source>
        <translation>Resumen público:</translation>
    </message>
    <message>
        <source>Feedback closed:</source>
        <translation>Cierre de las opiniones:</translation>
    </message>
    <message>
        <source>Community feedback:</source>
        <translation>Opiniones de la comunidad:</translation>
    </message>
    <message>
        <source>Change requests opened:</source>
        <translation>Solicitudes de cambio abiertas:</translation>
    </message>
    <message>
        <source>Plan agreed with the IFO:</source>
        <translation>Plan acordado con la IFO:</translation>
    </message>
    <message>
        <source>RFC period:</source>
        <translation>Periodo de RFC:</translation>
    </message>
    <message>
        <source>Comments received:</source>
        <translation>Comentarios recibidos:</translation>
    </message>
    <message>
        <source>IFO statement:</source>
        <translation>Declaración de la IFO:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Public text:</source>
        <translation>Texto público:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>Content (internal):</source>
        <translation>Contenido (interno):</translation>
    </message>
    <message>
        <source>Open Urgent Review</source>
        <translation>Abrir una revisión urgente</translation>
    </message>
    <message>
        <source>What is the systemic breach?</source>
        <translation>¿Cuál es el incumplimiento sistémico?</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>Iniciada a partir de:</translation>
    </message>
    <message>
        <source>The evidence:</source>
        <translation>Las pruebas:</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierta el</translation>
    </message>
    <message>
        <source>The Evidence</source>
        <translation>Las pruebas</translation>
    </message>
    <message>
        <source>Record Customers&apos; Consent</source>
        <translation>Registrar el consentimiento de los clientes</translation>
    </message>
    <message>
        <source>Select the urgent review first.</source>
        <translation>Seleccione primero la revisión urgente.</translation>
    </message>
    <message>
        <source>Consent of the:</source>
        <translation>Consentimiento de:</translation>
    </message>
    <message>
        <source>Who gave it (the body or its representative):</source>
        <translation>Quién lo dio (el órgano o su representante):</translation>
    </message>
    <message>
        <source>By what means (a vote, a letter, a council resolution):</source>
        <translation>Por qué medio (una votación, una carta, una resolución del consejo):</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <source>The Evidence of Consent</source>
        <translation>Las pruebas del consentimiento</translation>
    </message>
    <message>
        <source>Further Escalation Options</source>
        <translation>Opciones de escalamiento adicional</translation>
    </message>
    <message>
        <source>On what ground are they opened?</source>
        <translation>¿Por qué motivo se abren?</translation>
    </message>
    <message>
        <source>Conclude Urgent Review</source>
        <translation>Concluir la revisión urgente</translation>
    </message>
    <message>
        <source>The outcome:</source>
        <translation>El resultado:</translation>
    </message>
    <message>
        <source>Commission the Periodic Audit</source>
        <translation>Encargar la auditoría periódica</translation>
    </message>
    <message>
        <source>The independent organisation:</source>
        <translation>La organización independiente:</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>Encargada el</translation>
    </message>
    <message>
        <source>Audit Report Received</source>
        <translation>Informe de auditoría recibido</translation>
    </message>
    <message>
        <source>Select the audit first.</source>
        <translation>Seleccione primero la auditoría.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>The Audit Report</source>
        <translation>El informe de auditoría</translation>
    </message>
    <message>
        <source>Publish the Audit&apos;s Results</source>
        <translation>Publicar los resultados de la auditoría</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicados el</translation>
    </message>
    <message>
        <source>Where (a web address):</source>
        <translation>Dónde (una dirección web):</translation>
    </message>
    <message>
        <source>The public summary of the results:</source>
        <translation>El resumen público de los resultados:</translation>
    </message>
    <message>
        <source>Community Feedback</source>
        <translation>Opiniones de la comunidad</translation>
    </message>
    <message>
        <source>The feedback closed on</source>
        <translation>El periodo de opiniones se cerró el</translation>
    </message>
    <message>
        <source>What the community said:</source>
        <translation>Lo que dijo la comunidad:</translation>
    </message>
    <message>
        <source>Service-Level Change Request</source>
        <translation>Solicitud de cambio de nivel de servicio</translation>
    </message>
    <message>
        <source>The change the audit calls for:</source>
        <translation>El cambio que pide la auditoría:</translation>
    </message>
    <message>
        <source>Technical Change Outside Policy</source>
        <translation>Cambio técnico ajeno a las políticas</translation>
    </message>
    <message>
        <source>The change (e.g. the introduction of DNSSEC):</source>
        <translation>El cambio (p. ej., la introducción de DNSSEC):</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO on</source>
        <translation>Plan de implementación acordado con la IFO el</translation>
    </message>
    <message>
        <source>The RFC period opens on</source>
        <translation>El periodo de RFC se abre el</translation>
    </message>
    <message>
        <source>The RFC period closes on</source>
        <translation>El periodo de RFC se cierra el</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on</source>
        <translation>La IFO hizo su declaración el</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement:</source>
        <translation>La declaración de la IFO:</translation>
    </message>
    <message>
        <source>The public text:</source>
        <translation>El texto público:</translation>
    </message>
    <message>
        <source>Update to Direct Customers</source>
        <translation>Actualización a los clientes directos</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>What was said (internal):</source>
        <translation>Lo que se dijo (interno):</translation>
    </message>
    <message>
        <source>Liaison to a Review Team</source>
        <translation>Enlace con un equipo de revisión</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>Which review team:</source>
        <translation>Qué equipo de revisión:</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandato desde</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>Mandato hasta</translation>
    </message>
    <message>
        <source>IFO Summary of Escalated Complaints</source>
        <translation>Resumen de la IFO de quejas escaladas</translation>
    </message>
    <message>
        <source>The period from</source>
        <translation>El periodo desde</translation>
    </message>
    <message>
        <source>The period to</source>
        <translation>El periodo hasta</translation>
    </message>
    <message>
        <source>Counts per kind, one per line as kind=count (kinds: %1):</source>
        <translation>Recuentos por tipo, uno por línea con la forma kind=count (tipos: %1):</translation>
    </message>
    <message>
        <source>“%1” is not kind=count.</source>
        <translation>«%1» no tiene la forma kind=count.</translation>
    </message>
    <message>
        <source>IFO Complaint Handling Times</source>
        <translation>Tiempos de tramitación de quejas de la IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s reference:</source>
        <translation>La referencia de la IFO:</translation>
    </message>
    <message>
        <source>Received by the IFO on</source>
        <translation>Recibida por la IFO el</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acuse de recibo el</translation>
    </message>
    <message>
        <source>Substantive response on</source>
        <translation>Respuesta sustantiva el</translation>
    </message>
    <message>
        <source>“%1” on file</source>
        <translation>«%1» archivado</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4 (document “%5”)</source>
        <translation>%1: dado por %2, mediante %3, el %4 (documento «%5»)</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4</source>
        <translation>%1: dado por %2, mediante %3, el %4</translation>
    </message>
</context>
<context>
    <name>csc::FigureEntryDialog</name>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>Introducir las cifras de un mes</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Met the threshold</source>
        <translation>Cumplieron el umbral</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>Row %1 (%2): enter whole, non-negative numbers for both counts.</source>
        <translation>Fila %1 (%2): introduzca números enteros no negativos en ambos recuentos.</translation>
    </message>
    <message>
        <source>Row %1 (%2): more requests met the threshold (%3) than were handled (%4).</source>
        <translation>Fila %1 (%2): más solicitudes cumplieron el umbral (%3) de las que se tramitaron (%4).</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Fila %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>csc::FigureImporter</name>
    <message>
        <source>The file is empty; it needs a header line naming its columns.</source>
        <translation>El archivo está vacío; necesita una línea de encabezado que nombre sus columnas.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Unknown column “%1”.</source>
        <translation>Columna desconocida «%1».</translation>
    </message>
    <message>
        <source>The header has no “%1” column (a %2 file needs it).</source>
        <translation>El encabezado no tiene la columna «%1» (un archivo %2 la necesita).</translation>
    </message>
    <message>
        <source>A per-request file needs “start” and “end” columns or a “duration_seconds” column.</source>
        <translation>Un archivo por solicitud necesita las columnas «start» y «end» o una columna «duration_seconds».</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» no es una categoría de proceso (de I a V).</translation>
    </message>
    <message>
        <source>The metric is not valid UTF-8 text.</source>
        <translation>La métrica no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>Unknown metric “%1” in category %2.</source>
        <translation>Métrica desconocida «%1» en la categoría %2.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«%1» no es un mes (AAAA-MM).</translation>
    </message>
    <message>
        <source>The request id is empty.</source>
        <translation>El identificador de solicitud está vacío.</translation>
    </message>
    <message>
        <source>The TLD is empty.</source>
        <translation>El TLD está vacío.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save the file as UTF-8).</source>
        <translation>El texto no es UTF-8 válido (guarde el archivo como UTF-8).</translation>
    </message>
    <message>
        <source>“%1” is not a duration in seconds (a non-negative number).</source>
        <translation>«%1» no es una duración en segundos (un número no negativo).</translation>
    </message>
    <message>
        <source>“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>«%1» no es una marca de tiempo (AAAA-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>The request ends before it starts.</source>
        <translation>La solicitud termina antes de empezar.</translation>
    </message>
    <message>
        <source>The request has neither a duration nor start and end times.</source>
        <translation>La solicitud no tiene ni duración ni horas de inicio y fin.</translation>
    </message>
    <message>
        <source>“%1” (category %2) was not a defined service level in %3.</source>
        <translation>«%1» (categoría %2) no era un nivel de servicio definido en %3.</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>La base de datos rechazó la fila: %1</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of requests.</source>
        <translation>«%1» no es un número entero de solicitudes.</translation>
    </message>
    <message>
        <source>The number of requests cannot be negative (%1).</source>
        <translation>El número de solicitudes no puede ser negativo (%1).</translation>
    </message>
    <message>
        <source>The number of requests meeting the threshold cannot be negative (%1).</source>
        <translation>El número de solicitudes que cumplen el umbral no puede ser negativo (%1).</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>Más solicitudes cumplieron el umbral (%1) de las que se tramitaron (%2).</translation>
    </message>
    <message>
        <source>“%1” already has figures for %2 on line %3.</source>
        <translation>«%1» ya tiene cifras para %2 en la línea %3.</translation>
    </message>
    <message>
        <source>Broken quoting: %1.</source>
        <translation>Comillas mal cerradas: %1.</translation>
    </message>
    <message>
        <source>The line has %1 columns; the header has %2.</source>
        <translation>La línea tiene %1 columnas; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>More problems were found; only the first %1 are listed.</source>
        <translation>Se encontraron más problemas; solo se muestran los primeros %1.</translation>
    </message>
    <message>
        <source>The file has a header but no figures.</source>
        <translation>El archivo tiene encabezado pero no cifras.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>El archivo es texto UTF-16; guárdelo como UTF-8 (CSV UTF-8) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The header line is too long to be a header.</source>
        <translation>La línea de encabezado es demasiado larga para ser un encabezado.</translation>
    </message>
    <message>
        <source>The request id “%1” was already given on line %2.</source>
        <translation>El identificador de solicitud «%1» ya figura en la línea %2.</translation>
    </message>
    <message>
        <source>“%1” seconds is longer than ten years; no request takes that long.</source>
        <translation>«%1» segundos son más de diez años; ninguna solicitud tarda tanto.</translation>
    </message>
    <message>
        <source>The request lasts more than ten years.</source>
        <translation>La solicitud dura más de diez años.</translation>
    </message>
    <message>
        <source>“%1” has a time zone offset that does not exist (offsets run from -12:00 to +14:00).</source>
        <translation>«%1» tiene un desfase horario que no existe (los desfases van de -12:00 a +14:00).</translation>
    </message>
    <message>
        <source>“%1” is a leap second (second 60), which cannot be counted exactly; give the duration in duration_seconds instead.</source>
        <translation>«%1» es un segundo intercalar (segundo 60), que no puede contarse con exactitud; indique la duración en duration_seconds.</translation>
    </message>
    <message>
        <source>“%1” is far outside %2, the month the request is counted in.</source>
        <translation>«%1» está muy lejos de %2, el mes en que se cuenta la solicitud.</translation>
    </message>
    <message>
        <source>The field is %1 bytes long; a field holds at most %2.</source>
        <translation>El campo tiene %1 bytes; un campo admite como máximo %2.</translation>
    </message>
    <message>
        <source>The field contains a NUL character; the file is damaged or not text.</source>
        <translation>El campo contiene un carácter NUL; el archivo está dañado o no es texto.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>%1 solicitudes en un mes supera cualquier recuento creíble (como máximo %2).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes; no line of figures is that long.</source>
        <translation>La línea tiene más de %1 bytes; ninguna línea de cifras es tan larga.</translation>
    </message>
</context>
<context>
    <name>csc::FindBar</name>
    <message>
        <source>Find in this section</source>
        <translation>Buscar en esta sección</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous, Escape closes</source>
        <translation>Intro busca la siguiente coincidencia, Mayús+Intro la anterior y Esc cierra</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Encontrado en %1</translation>
    </message>
    <message>
        <source>this section</source>
        <translation>esta sección</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>csc::HolidaySetupPage</name>
    <message>
        <source>The holiday calendar</source>
        <translation>El calendario de festivos</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday less these days; case deadlines and the minutes deadline count them. Import an .ics file or a list of dates, or type them below, one per line.</source>
        <translation>Los días hábiles son de lunes a viernes, menos estos días; los plazos de los casos y el plazo del acta los cuentan. Importe un archivo .ics o una lista de fechas, o escríbalas abajo, una por línea.</translation>
    </message>
    <message>
        <source>2027-01-01 New Year&apos;s Day
2027-12-25 Christmas Day</source>
        <translation>2027-01-01 Año Nuevo
2027-12-25 Navidad</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>el calendario de festivos</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>Archivos de festivos (*.ics *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Typed in (added when you press Next or Done for now):</source>
        <translation>Escritos a mano (se añaden al pulsar Siguiente o Terminar por ahora):</translation>
    </message>
    <message>
        <source>No holidays yet: every weekday counts as a business day.</source>
        <translation>Aún no hay festivos: todos los días de lunes a viernes cuentan como días hábiles.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) in the calendar, from %1 to %2.</source>
        <translation>
            <numerusform>%n festivo en el calendario, del %1 al %2.</numerusform>
            <numerusform>%n festivos en el calendario, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>typed holidays</source>
        <translation>festivos escritos a mano</translation>
    </message>
    <message>
        <source>Some lines are not holidays</source>
        <translation>Algunas líneas no son festivos</translation>
    </message>
    <message>
        <source>Nothing was added; correct these lines or clear them to skip:</source>
        <translation>No se añadió nada; corrija estas líneas o bórrelas para omitirlas:</translation>
    </message>
    <message>
        <source>Cannot save the holidays</source>
        <translation>No se pueden guardar los festivos</translation>
    </message>
</context>
<context>
    <name>csc::IntegrityBanner</name>
    <message>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt; SQLite&apos;s integrity check found: %1. Make no more changes here: close CSC Desk and restore the file from a backup copy (the copy made before the last upgrade is one), or ask the secretariat for the committee&apos;s last good copy.</source>
        <translation>&lt;b&gt;El archivo de base de datos está dañado.&lt;/b&gt; La comprobación de integridad de SQLite encontró: %1. No haga más cambios aquí: cierre CSC Desk y restaure el archivo desde una copia de seguridad (la copia creada antes de la última actualización es una), o pida a la secretaría la última copia válida del comité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail was changed outside CSC Desk.&lt;/b&gt; %1 Run “cscdesk audit verify” for the details, tell the chair, and restore the file from a backup copy if the change was not made on purpose.</source>
        <translation>&lt;b&gt;El registro de auditoría se modificó fuera de CSC Desk.&lt;/b&gt; %1 Ejecute «cscdesk audit verify» para ver los detalles, informe a la presidencia y restaure el archivo desde una copia de seguridad si el cambio no fue intencionado.</translation>
    </message>
</context>
<context>
    <name>csc::KeptMailButton</name>
    <message>
        <source>The e-mails prepared when these minutes were circulated or published, as kept in the record</source>
        <translation>Los correos electrónicos preparados al circular o publicar esta acta, tal como constan en el registro</translation>
    </message>
    <message>
        <source>Kept e-mails</source>
        <translation>Correos conservados</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (to %4)</source>
        <translation>%1 — %2: %3 (para %4)</translation>
    </message>
    <message>
        <source>Kept e-mails (%1)</source>
        <translation>Correos conservados (%1)</translation>
    </message>
    <message>
        <source>No e-mail has been prepared for these yet.</source>
        <translation>Aún no se ha preparado ningún correo electrónico para estos documentos.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>The member&apos;s changes were merged.</source>
        <translation>Se integraron los cambios del miembro.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CSC Desk</source>
        <translation>&amp;Acerca de CSC Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>base de datos en memoria</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — solo lectura</translation>
    </message>
    <message>
        <source>%1 — CSC Desk</source>
        <translation>%1 — CSC Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review copy for %1, taken %2.&lt;/b&gt; Comment, approve minutes, vote and complete your action items here; then use File › Write Changes to Send Back.</source>
        <translation>&lt;b&gt;Copia de revisión para %1, tomada el %2.&lt;/b&gt; Comente, apruebe actas, vote y complete aquí sus puntos de acción; después use Archivo › Escribir los cambios para devolver.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db *.sqlite *.cscdesk);;All files (*)</source>
        <translation>Bases de datos de CSC Desk (*.db *.sqlite *.cscdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>About CSC Desk</source>
        <translation>Acerca de CSC Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a Customer Standing Committee: escalated cases, the IANA naming function&apos;s service levels, meetings and minutes, on one desk and offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;El banco de trabajo de un Comité Permanente de Clientes: casos escalados, niveles de servicio de la función de nombres de la IANA, reuniones y actas, en un solo escritorio y sin conexión.&lt;/p&gt;&lt;p&gt;Creado con Qt %2 y SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>&amp;New Committee…</source>
        <translation>&amp;Nuevo comité…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Vista pre&amp;via de impresión…</translation>
    </message>
    <message>
        <source>Set &amp;Up Committee…</source>
        <translation>&amp;Configurar el comité…</translation>
    </message>
    <message>
        <source>CSC Desk &amp;User Guide</source>
        <translation>&amp;Guía del usuario de CSC Desk</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿Qué es &amp;esto?</translation>
    </message>
    <message>
        <source>Use File › Open Database… to open the committee&apos;s database, or File › New Committee… to start a new one.</source>
        <translation>Use Archivo › Abrir base de datos… para abrir la base de datos del comité, o Archivo › Nuevo comité… para crear uno nuevo.</translation>
    </message>
    <message>
        <source>%1 — %2 — CSC Desk</source>
        <translation>%1 — %2 — CSC Desk</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>No hay ninguna base de datos en %1. ¿Crear allí una nueva base de datos del comité?</translation>
    </message>
    <message>
        <source>New Committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>Bases de datos de CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>Cannot create the committee</source>
        <translation>No se puede crear el comité</translation>
    </message>
    <message>
        <source>New committee database %1 created.</source>
        <translation>Se creó la nueva base de datos de comité %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo committee&lt;/b&gt; with invented people, cases and figures. To start your committee&apos;s own database use File › New Committee…</source>
        <translation>&lt;b&gt;Este es un comité de demostración&lt;/b&gt; con personas, casos y cifras inventados. Para crear la base de datos de su propio comité, use Archivo › Nuevo comité…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set-up not finished.&lt;/b&gt; Still missing: %1. Use Edit › Set Up Committee… (each step can be done later).</source>
        <translation>&lt;b&gt;Configuración sin terminar.&lt;/b&gt; Aún falta: %1. Use Editar › Configurar el comité… (cada paso puede hacerse más tarde).</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>CSC Desk User Guide</source>
        <translation>Guía del usuario de CSC Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>CSC Desk cannot open the database</source>
        <translation>CSC Desk no puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>csc::MeetingListModel</name>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinaria</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Aún sin acta</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>vencida desde el %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>published late (%1 business days)</source>
        <translation>publicada con retraso (%1 días hábiles)</translation>
    </message>
</context>
<context>
    <name>csc::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Taken by e-mail</source>
        <translation>Tomada por correo electrónico</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Puntos de acción</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Cambiar la asistencia</translation>
    </message>
    <message>
        <source>The decision, as it will read in the minutes</source>
        <translation>La decisión, tal como figurará en el acta</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Records the votes of the voting members present as in favour; liaisons do not vote.</source>
        <translation>Registra como votos a favor los de los miembros con voto presentes; los enlaces no votan.</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>Cambiar el estado del punto de acción</translation>
    </message>
    <message>
        <source>Edit action item note</source>
        <translation>Editar la nota del punto de acción</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nuevo punto de acción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Raised at this meeting, then the open ones carried over from earlier meetings. Tick to complete; double-click the note to edit.</source>
        <translation>Los planteados en esta reunión y, después, los abiertos trasladados de reuniones anteriores. Marque para completar; haga doble clic en la nota para editarla.</translation>
    </message>
    <message>
        <source>Meetings &amp; Minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <source>Meeting created with the standing agenda and the open action items.</source>
        <translation>Reunión creada con el orden del día habitual y los puntos de acción abiertos.</translation>
    </message>
    <message>
        <source>Members&apos; review</source>
        <translation>Revisión de los miembros</translation>
    </message>
    <message>
        <source>Cast My Vote…</source>
        <translation>Emitir mi voto…</translation>
    </message>
    <message>
        <source>Record your own vote on the selected decision.</source>
        <translation>Registre su propio voto sobre la decisión seleccionada.</translation>
    </message>
    <message>
        <source>Select the decision you vote on.</source>
        <translation>Seleccione la decisión sobre la que vota.</translation>
    </message>
    <message>
        <source>Your profile is not linked to a member of the roster, so you cannot vote.</source>
        <translation>Su perfil no está vinculado a un miembro de la lista, por lo que no puede votar.</translation>
    </message>
    <message>
        <source>Cast My Vote</source>
        <translation>Emitir mi voto</translation>
    </message>
    <message>
        <source>Arrow keys move between members; F2 or typing changes the attendance</source>
        <translation>Las flechas se mueven entre los miembros; F2 o escribir cambia la asistencia</translation>
    </message>
    <message>
        <source>The roll call of the meeting. Move with the arrow keys and press F2 (or start typing) to change a member&apos;s attendance; Mark all present fills it in one step.</source>
        <translation>El pase de lista de la reunión. Muévase con las flechas y pulse F2 (o empiece a escribir) para cambiar la asistencia de un miembro; Marcar a todos como presentes la completa de una vez.</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Marcar a todos como presentes</translation>
    </message>
    <message>
        <source>Marks every member and liaison present in one step (undoable).</source>
        <translation>Marca como presentes a todos los miembros y enlaces de una vez (se puede deshacer).</translation>
    </message>
    <message>
        <source>Everyone is marked present already.</source>
        <translation>Ya están todos marcados como presentes.</translation>
    </message>
    <message>
        <source>Select a meeting to print its public minutes.</source>
        <translation>Seleccione una reunión para imprimir su acta pública.</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet: generate the draft first.</source>
        <translation>Esta reunión aún no tiene acta: genere primero el borrador.</translation>
    </message>
    <message>
        <source>To Be Ratified by E-mail</source>
        <translation>Por ratificar por correo electrónico</translation>
    </message>
    <message>
        <source>Mark the selected decision, taken at a meeting that was not quorate, to be ratified by e-mail.</source>
        <translation>Marcar la decisión seleccionada, tomada en una reunión sin quórum, para ratificarse por correo electrónico.</translation>
    </message>
    <message>
        <source>Ratified by E-mail…</source>
        <translation>Ratificada por correo electrónico…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that ratified the selected decision.</source>
        <translation>Registrar la decisión por correo electrónico aprobada que ratificó la decisión seleccionada.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Seleccione primero una decisión.</translation>
    </message>
    <message>
        <source>No carried e-mail decision since %1: record the e-mail decision that ratifies it first (tick “By e-mail”).</source>
        <translation>No hay ninguna decisión por correo electrónico aprobada desde el %1: registre primero la decisión por correo electrónico que la ratifica (marque «Por correo electrónico»).</translation>
    </message>
    <message>
        <source>Ratified by E-mail</source>
        <translation>Ratificada por correo electrónico</translation>
    </message>
    <message>
        <source>The e-mail decision that ratified “%1”:</source>
        <translation>La decisión por correo electrónico que ratificó «%1»:</translation>
    </message>
</context>
<context>
    <name>csc::MemberDialog</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Chair of the committee</source>
        <translation>Presidencia del comité</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add a member or liaison</source>
        <translation>Añadir un miembro o enlace</translation>
    </message>
    <message>
        <source>Not a point of contact</source>
        <translation>No es punto de contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Afiliación:</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>&amp;Inicio del mandato:</translation>
    </message>
    <message>
        <source>IFO &amp;contact:</source>
        <translation>&amp;Contacto de la IFO:</translation>
    </message>
    <message>
        <source>Liaisons do not vote.</source>
        <translation>Los enlaces no votan.</translation>
    </message>
</context>
<context>
    <name>csc::Migrations</name>
    <message>
        <source>A schema script is missing from this build.</source>
        <translation>Falta un script de esquema en esta compilación.</translation>
    </message>
    <message>
        <source>The database schema could not be created.</source>
        <translation>No se pudo crear el esquema de la base de datos.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesDueWidget</name>
    <message>
        <source>Minutes due</source>
        <translation>Actas pendientes</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1, %2</source>
        <translation>Acta de la reunión n.º %1, %2</translation>
    </message>
    <message>
        <source>no draft yet</source>
        <translation>aún sin borrador</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>Actas por publicar</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 %2</source>
        <translation>Acta de la reunión n.º %1 %2</translation>
    </message>
    <message>
        <source>; %1 more unpublished (%2 overdue)</source>
        <translation>; %1 más sin publicar (%2 vencidas)</translation>
    </message>
</context>
<context>
    <name>csc::MinutesEditor</name>
    <message>
        <source>Generate draft</source>
        <translation>Generar borrador</translation>
    </message>
    <message>
        <source>Circulate to members</source>
        <translation>Circular a los miembros</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Devolver a borrador</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>Marcar como publicada</translation>
    </message>
    <message>
        <source>Confidential (left out of the public minutes)</source>
        <translation>Confidencial (fuera del acta pública)</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>Guardar sección</translation>
    </message>
    <message>
        <source>Where published (web address)</source>
        <translation>Dónde se publicó (dirección web)</translation>
    </message>
    <message>
        <source>Where the minutes are published</source>
        <translation>Dónde se publica el acta</translation>
    </message>
    <message>
        <source>Export public minutes</source>
        <translation>Exportar el acta pública</translation>
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
        <translation>Secciones del acta</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Encabezado de la sección</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Public preview</source>
        <translation>Vista previa pública</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; (members only)</source>
        <translation>&lt;b&gt;Borrador&lt;/b&gt; (solo miembros)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public preview&lt;/b&gt; — exactly what will be posted; confidential sections and case details are left out</source>
        <translation>&lt;b&gt;Vista previa pública&lt;/b&gt;: exactamente lo que se publicará; las secciones confidenciales y los detalles de los casos se omiten</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>Confidencial: %1</translation>
    </message>
    <message>
        <source>No minutes yet: generate the draft from the meeting&apos;s attendance, agenda, decisions and action items.</source>
        <translation>Aún no hay acta: genere el borrador a partir de la asistencia, el orden del día, las decisiones y los puntos de acción de la reunión.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Acta: %1</translation>
    </message>
    <message>
        <source> · circulated %1</source>
        <translation> · circulada el %1</translation>
    </message>
    <message>
        <source> · approved by %1 on %2</source>
        <translation> · aprobada por %1 el %2</translation>
    </message>
    <message>
        <source> · published %1 at %2</source>
        <translation> · publicada el %1 en %2</translation>
    </message>
    <message>
        <source> — only a draft can be edited</source>
        <translation> — solo se puede editar un borrador</translation>
    </message>
    <message>
        <source>Minutes will be due %1</source>
        <translation>El acta vencerá el %1</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Acta %1</translation>
    </message>
    <message>
        <source>Edit minutes section “%1”</source>
        <translation>Editar la sección del acta «%1»</translation>
    </message>
    <message>
        <source>Mark section confidential</source>
        <translation>Marcar la sección como confidencial</translation>
    </message>
    <message>
        <source>Make section public</source>
        <translation>Hacer pública la sección</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1: %2</source>
        <translation>Acta de la reunión n.º %1: %2</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>Acta pública escrita en %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Aún no hay nada que previsualizar.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Meeting pack…</source>
        <translation>Documentación de la reunión…</translation>
    </message>
    <message>
        <source>Save state of the section</source>
        <translation>Estado de guardado de la sección</translation>
    </message>
    <message>
        <source>Saves the section (Ctrl+S). Switching to another section saves it too.</source>
        <translation>Guarda la sección (Ctrl+S). Cambiar a otra sección también la guarda.</translation>
    </message>
    <message>
        <source>A confidential section stays in the members&apos; draft and is left out of the public minutes, the preview and every export. The tick applies to the section on screen.</source>
        <translation>Una sección confidencial permanece en el borrador de los miembros y queda fuera del acta pública, de la vista previa y de toda exportación. La casilla se aplica a la sección que se muestra.</translation>
    </message>
    <message>
        <source>The public minutes exactly as they will be posted. It follows the section you edit; confidential sections are not in it.</source>
        <translation>El acta pública exactamente como se publicará. Sigue la sección que usted edita; las secciones confidenciales no figuran en ella.</translation>
    </message>
    <message>
        <source>The web address (https://…) or mailing list where the minutes were posted. It is part of the record of publication.</source>
        <translation>La dirección web (https://…) o la lista de correo donde se publicó el acta. Forma parte del registro de la publicación.</translation>
    </message>
    <message>
        <source>Circulate the minutes to members</source>
        <translation>Circular el acta a los miembros</translation>
    </message>
    <message>
        <source>Return the minutes to draft</source>
        <translation>Devolver el acta a borrador</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <source>Mark the minutes published</source>
        <translation>Marcar el acta como publicada</translation>
    </message>
    <message>
        <source>Export the public minutes</source>
        <translation>Exportar el acta pública</translation>
    </message>
    <message>
        <source>Confidential section</source>
        <translation>Sección confidencial</translation>
    </message>
    <message>
        <source>Left out of the public minutes</source>
        <translation>Fuera del acta pública</translation>
    </message>
    <message>
        <source>Room or dial-in</source>
        <translation>Sala o acceso telefónico</translation>
    </message>
    <message>
        <source>Where the meeting is held (room or dial-in)</source>
        <translation>Dónde se celebra la reunión (sala o acceso telefónico)</translation>
    </message>
    <message>
        <source>Meeting no. %1 is held at: %2</source>
        <translation>La reunión n.º %1 se celebra en: %2</translation>
    </message>
    <message>
        <source>One PDF for members: agenda, previous minutes, the month&apos;s performance and findings draft, open action items and open cases</source>
        <translation>Un solo PDF para los miembros: orden del día, acta anterior, desempeño del mes y borrador de conclusiones, puntos de acción abiertos y casos abiertos</translation>
    </message>
    <message>
        <source>“%1” saved at %2</source>
        <translation>«%1» guardado a las %2</translation>
    </message>
    <message>
        <source>Minutes section “%1” saved.</source>
        <translation>Sección del acta «%1» guardada.</translation>
    </message>
    <message>
        <source>Return the minutes of meeting no. %1 to draft? The members&apos; approvals of the circulated text are withdrawn and it must be circulated again. This cannot be undone.</source>
        <translation>¿Devolver a borrador el acta de la reunión n.º %1? Se retiran las aprobaciones de los miembros al texto circulado y deberá circularse de nuevo. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Mark the minutes of meeting no. %1 published at %2? Published minutes are the public record and can never be changed. This cannot be undone.</source>
        <translation>¿Marcar el acta de la reunión n.º %1 como publicada en %2? El acta publicada es el registro público y nunca podrá modificarse. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>No e-mail prepared: %1</source>
        <translation>No se preparó ningún correo electrónico: %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Documentación de la reunión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>Documentación de la reunión escrita en %1</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>La sección del acta ya no existe.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesReviewPanel</name>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Ask for Changes…</source>
        <translation>Pedir cambios…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comentar…</translation>
    </message>
    <message>
        <source>Members&apos; review of the minutes</source>
        <translation>Revisión del acta por los miembros</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>aprueba</translation>
    </message>
    <message>
        <source>asks for changes</source>
        <translation>pide cambios</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comenta</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Approve the Minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <source>Optional note:</source>
        <translation>Nota opcional:</translation>
    </message>
    <message>
        <source>Ask for Changes</source>
        <translation>Pedir cambios</translation>
    </message>
    <message>
        <source>Which changes do the minutes need?</source>
        <translation>¿Qué cambios necesita el acta?</translation>
    </message>
    <message>
        <source>Comment on the Minutes</source>
        <translation>Comentar el acta</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Su comentario:</translation>
    </message>
    <message>
        <source>Approved by E-mail Decision…</source>
        <translation>Aprobada por decisión por correo electrónico…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that approved the circulated minutes instead of the members&apos; approvals.</source>
        <translation>Registrar la decisión por correo electrónico aprobada que aprobó el acta circulada en lugar de las aprobaciones de los miembros.</translation>
    </message>
    <message>
        <source>Approve by E-mail Decision</source>
        <translation>Aprobar por decisión por correo electrónico</translation>
    </message>
    <message>
        <source>No carried e-mail decision since the meeting: record the e-mail decision on the Decisions tab first.</source>
        <translation>No hay ninguna decisión por correo electrónico aprobada desde la reunión: registre primero la decisión por correo electrónico en la pestaña Decisiones.</translation>
    </message>
    <message>
        <source>The e-mail decision that approved the minutes:</source>
        <translation>La decisión por correo electrónico que aprobó el acta:</translation>
    </message>
</context>
<context>
    <name>csc::MonthEvaluationModel</name>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed — persistent</source>
        <translation>No cumplido — persistente</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Sin solicitudes</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Sin cifras</translation>
    </message>
    <message>
        <source>Missed in at least the committee&apos;s threshold of recent months: consider opening a Problem Management case.</source>
        <translation>No cumplido en al menos el número de meses recientes que fija el comité: considere abrir un caso de Gestión de problemas.</translation>
    </message>
    <message>
        <source>Judged by the definition in force since %1.</source>
        <translation>Evaluado según la definición vigente desde %1.</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>csc::MonthStatusModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>Umbrales cumplidos</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Proposed rating</source>
        <translation>Calificación propuesta</translation>
    </message>
    <message>
        <source>Decided rating</source>
        <translation>Calificación decidida</translation>
    </message>
</context>
<context>
    <name>csc::MonthView</name>
    <message>
        <source>Satisfactorily explained; not a performance issue</source>
        <translation>Explicado satisfactoriamente; no es un problema de desempeño</translation>
    </message>
    <message>
        <source>Save narrative</source>
        <translation>Guardar explicación</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Propuesta:</translation>
    </message>
    <message>
        <source>Decided rating:</source>
        <translation>Calificación decidida:</translation>
    </message>
    <message>
        <source>Narrative for a missed threshold</source>
        <translation>Explicación de un umbral no cumplido</translation>
    </message>
    <message>
        <source>Findings statement</source>
        <translation>Declaración de conclusiones</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Guardar declaración</translation>
    </message>
    <message>
        <source>Draft from figures</source>
        <translation>Redactar a partir de las cifras</translation>
    </message>
    <message>
        <source>Changes since last month</source>
        <translation>Cambios desde el mes pasado</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempeño</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (categoría %2)</translation>
    </message>
    <message>
        <source>Missed persistently in recent months: %1. Consider opening a Problem Management case.</source>
        <translation>No cumplidos de forma persistente en los últimos meses: %1. Considere abrir un caso de Gestión de problemas.</translation>
    </message>
    <message>
        <source>This month&apos;s findings as changes against %1&apos;s: removed text struck through, added text underlined.</source>
        <translation>Las conclusiones de este mes como cambios respecto a las de %1: texto eliminado tachado, texto añadido subrayado.</translation>
    </message>
    <message>
        <source>Select a missed threshold in the table to write its narrative.</source>
        <translation>Seleccione un umbral no cumplido en la tabla para escribir su explicación.</translation>
    </message>
    <message>
        <source>Rating for %1 recorded: %2</source>
        <translation>Calificación de %1 registrada: %2</translation>
    </message>
    <message>
        <source>Edit narrative</source>
        <translation>Editar la explicación</translation>
    </message>
    <message>
        <source>Edit findings statement</source>
        <translation>Editar la declaración de conclusiones</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>Abrir un caso de Gestión de problemas</translation>
    </message>
    <message>
        <source>Opened on the Problem Management board: %1.</source>
        <translation>Abierto en el tablero de Gestión de problemas: %1.</translation>
    </message>
    <message>
        <source>Opens (or shows) a Problem Management case linked to each persistently missed service level.</source>
        <translation>Abre (o muestra) un caso de Gestión de problemas vinculado a cada nivel de servicio no cumplido de forma persistente.</translation>
    </message>
    <message>
        <source>%1: %2 is open</source>
        <translation>%1: %2 está abierto</translation>
    </message>
    <message>
        <source>Missed persistently, with Problem Management under way: %1.</source>
        <translation>No cumplidos de forma persistente, con Gestión de problemas en curso: %1.</translation>
    </message>
    <message>
        <source>Service levels of the month</source>
        <translation>Niveles de servicio del mes</translation>
    </message>
    <message>
        <source>Each metric with its threshold, target, figures and result; select a miss to write its narrative</source>
        <translation>Cada métrica con su umbral, objetivo, cifras y resultado; seleccione un incumplimiento para escribir su explicación</translation>
    </message>
    <message>
        <source>The chair records the committee&apos;s rating; a recorded rating is changed only by reopening it.</source>
        <translation>La presidencia registra la calificación del comité; una calificación registrada solo se cambia reabriéndola.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Reopen the rated month (the chair&apos;s recorded decision, with the reason) so its figures or findings can change.</source>
        <translation>Reabrir el mes calificado (decisión registrada de la presidencia, con el motivo) para que sus cifras o conclusiones puedan cambiar.</translation>
    </message>
    <message>
        <source>What the IFO reported about the miss, and what follows</source>
        <translation>Lo que la IFO informó sobre el incumplimiento, y lo que sigue</translation>
    </message>
    <message>
        <source>Replace the text with the agreed wording generated from this month&apos;s rating, figures and narratives; save to drop the hand edit</source>
        <translation>Reemplazar el texto por la redacción acordada generada a partir de la calificación, las cifras y las explicaciones de este mes; guarde para descartar la edición manual</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposed; rated &lt;b&gt;%2&lt;/b&gt; on %3</source>
        <translation>Propuesta: &lt;b&gt;%1&lt;/b&gt;; calificación: &lt;b&gt;%2&lt;/b&gt; el %3</translation>
    </message>
    <message>
        <source>Drafted from last month&apos;s narrative: say whether it explains this month&apos;s miss.</source>
        <translation>Redactado a partir de la explicación del mes pasado: indique si explica el incumplimiento de este mes.</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Registrar la calificación</translation>
    </message>
    <message>
        <source>The findings statement was edited by hand for another rating than “%1”.

Yes: redraft it from the new rating (the edit stays in the audit trail).
No: keep the edit; the report cannot be exported until the two agree.</source>
        <translation>La declaración de conclusiones se editó a mano para una calificación distinta de «%1».

Sí: volver a redactarla a partir de la nueva calificación (la edición queda en el registro de auditoría).
No: conservar la edición; el informe no podrá exportarse hasta que ambas coincidan.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <source>Why is the rating of %1 reopened? (kept in the record)</source>
        <translation>¿Por qué se reabre la calificación de %1? (queda en el registro)</translation>
    </message>
    <message>
        <source>Reopen Rating</source>
        <translation>Reabrir la calificación</translation>
    </message>
</context>
<context>
    <name>csc::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 → %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 → %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Fecha del paso:</translation>
    </message>
    <message>
        <source>Required: why the case moves</source>
        <translation>Obligatorio: por qué se mueve el caso</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Nota (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatorio: %1</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Elegir el documento</translation>
    </message>
    <message>
        <source>none at this step</source>
        <translation>ninguno en este paso</translation>
    </message>
    <message>
        <source>Move the case (Ctrl+Enter)</source>
        <translation>Mover el caso (Ctrl+Intro)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>due %1 (%2 after the move)</source>
        <translation>vence el %1 (%2 después del paso)</translation>
    </message>
    <message>
        <source>Not needed: no response by %1</source>
        <translation>No es necesario: sin respuesta al %1</translation>
    </message>
    <message>
        <source>Not needed: the response recorded is used</source>
        <translation>No es necesario: se usa la respuesta registrada</translation>
    </message>
</context>
<context>
    <name>csc::NameSetupPage</name>
    <message>
        <source>The committee</source>
        <translation>El comité</translation>
    </message>
    <message>
        <source>Its name, shown in the window and on public documents, and the language its public record is written in. Every page of this assistant can be skipped with Next and done later from Edit › Set Up Committee…</source>
        <translation>Su nombre, que se muestra en la ventana y en los documentos públicos, y el idioma en que se redacta su registro público. Cada página de este asistente puede omitirse con Siguiente y completarse más tarde desde Editar › Configurar el comité…</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>Comité Permanente de Clientes</translation>
    </message>
    <message>
        <source>Committee name:</source>
        <translation>Nombre del comité:</translation>
    </message>
    <message>
        <source>Publication language:</source>
        <translation>Idioma de publicación:</translation>
    </message>
    <message>
        <source>Minutes, findings and the work plan are published in this language.</source>
        <translation>Las actas, las conclusiones y el plan de trabajo se publican en este idioma.</translation>
    </message>
    <message>
        <source>Cannot save the committee&apos;s name</source>
        <translation>No se puede guardar el nombre del comité</translation>
    </message>
</context>
<context>
    <name>csc::NewCaseDialog</name>
    <message>
        <source>Table-top &amp;exercise (kept out of statistics, patterns and public output)</source>
        <translation>&amp;Ejercicio de simulación (fuera de las estadísticas, los patrones y los documentos públicos)</translation>
    </message>
    <message>
        <source>Open a Case</source>
        <translation>Abrir un caso</translation>
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
        <translation>Otro TLD</translation>
    </message>
    <message>
        <source>None / not known</source>
        <translation>Ninguno / desconocido</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Proceso:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Registry operator:</source>
        <translation>&amp;Operador de registro:</translation>
    </message>
    <message>
        <source>T&amp;LD:</source>
        <translation>T&amp;LD:</translation>
    </message>
    <message>
        <source>TLD &amp;kind:</source>
        <translation>&amp;Tipo de TLD:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>&amp;Nivel de servicio:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>New cases are confidential; making one public is a separate, recorded decision.</source>
        <translation>Los casos nuevos son confidenciales; hacer público uno es una decisión aparte, que queda registrada.</translation>
    </message>
</context>
<context>
    <name>csc::PatternTableModel</name>
    <message>
        <source>Complaints about</source>
        <translation>Quejas sobre</translation>
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
        <translation>Quejas por mes, por</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>nivel de servicio</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>No service level has %1 or more complaints within %2 days: no Problem Management case is suggested.</source>
        <translation>Ningún nivel de servicio tiene %1 o más quejas en %2 días: no se sugiere ningún caso de Gestión de problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about “%1” within %2 days (%3). Consider opening a Problem Management case linked to them.</source>
        <translation>
            <numerusform>%n queja sobre «%1» en %2 días (%3). Considere abrir un caso de Gestión de problemas vinculado.</numerusform>
            <numerusform>%n quejas sobre «%1» en %2 días (%3). Considere abrir un caso de Gestión de problemas vinculado a ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Problem Management case…</source>
        <translation>Abrir un caso de Gestión de problemas…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The IFO&apos;s summaries report no escalated complaints in these months.</source>
        <translation>Los resúmenes de la IFO no indican ninguna queja escalada en estos meses.</translation>
    </message>
    <message numerus="yes">
        <source>The IFO&apos;s summaries report %n escalated complaint(s) in these months (%1).</source>
        <translation>
            <numerusform>Los resúmenes de la IFO indican %n queja escalada en estos meses (%1).</numerusform>
            <numerusform>Los resúmenes de la IFO indican %n quejas escaladas en estos meses (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::PerformancePage</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>Importar cifras…</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures from a CSV file, per request or per month</source>
        <translation>Importar las cifras de la IFO desde un archivo CSV, por solicitud o por mes</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>Introducir cifras…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>Exportar conclusiones…</translation>
    </message>
    <message>
        <source>Write the month&apos;s findings report as PDF or HTML for public posting</source>
        <translation>Escribir el informe de conclusiones del mes en PDF o HTML para su publicación</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mes:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures</source>
        <translation>Importar las cifras de la IFO</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exportar conclusiones</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempeño</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replace figures?</source>
        <translation>¿Reemplazar las cifras?</translation>
    </message>
    <message>
        <source>Figures for %1 were already imported. Replace them with this file&apos;s? The replacement is recorded in the audit trail.</source>
        <translation>Las cifras de %1 ya se importaron. ¿Reemplazarlas por las de este archivo? El reemplazo queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Importar cifras</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n fila de %1.</numerusform>
            <numerusform>Se importaron %n filas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene %n problema.</numerusform>
            <numerusform>No se importó nada: el archivo tiene %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Enter figures for %1</source>
        <translation>Introducir las cifras de %1</translation>
    </message>
    <message>
        <source>Enter figures</source>
        <translation>Introducir cifras</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>Conclusiones de %1 escritas en %2</translation>
    </message>
    <message>
        <source>E-mail findings…</source>
        <translation>Enviar conclusiones por correo…</translation>
    </message>
    <message>
        <source>A ready e-mail to the roster with the month&apos;s findings attached</source>
        <translation>Un correo electrónico listo para la lista de miembros, con las conclusiones del mes adjuntas</translation>
    </message>
    <message>
        <source>E-mail findings</source>
        <translation>Enviar conclusiones por correo</translation>
    </message>
    <message>
        <source>E-mail with the findings for %1 prepared: %2</source>
        <translation>Correo electrónico con las conclusiones de %1 preparado: %2</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures first: there is no month to print.</source>
        <translation>Importe primero las cifras de la IFO: no hay ningún mes que imprimir.</translation>
    </message>
</context>
<context>
    <name>csc::PublicOutputs</name>
    <message>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>Conclusiones sobre el desempeño de la IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Public site</source>
        <translation>Sitio público</translation>
    </message>
    <message>
        <source>Feed of what was published</source>
        <translation>Canal de lo publicado</translation>
    </message>
    <message>
        <source>Independent Appeals Panel findings</source>
        <translation>Resoluciones del Panel Independiente de Apelaciones</translation>
    </message>
    <message>
        <source>Updates to the direct customers</source>
        <translation>Novedades para los clientes directos</translation>
    </message>
</context>
<context>
    <name>csc::PublicityCommand</name>
    <message>
        <source>Undo of the decision to make the case public</source>
        <translation>Deshacer la decisión de hacer público el caso</translation>
    </message>
</context>
<context>
    <name>csc::PublishActions</name>
    <message>
        <source>Publish Public &amp;Site…</source>
        <translation>Publicar el &amp;sitio público…</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public web page (minutes, findings, work plan, calendar, feed) into a folder</source>
        <translation>Escribir la página web pública del comité (actas, conclusiones, plan de trabajo, calendario, canal) en una carpeta</translation>
    </message>
    <message>
        <source>Publish Public Site</source>
        <translation>Publicar el sitio público</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Carpetas (*)</translation>
    </message>
    <message>
        <source>Publishing the public site…</source>
        <translation>Publicando el sitio público…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The public site is in %1: %2 files written, %3 unchanged. Upload the folder as it is; its links are relative.</source>
        <translation>El sitio público está en %1: %2 archivos escritos, %3 sin cambios. Suba la carpeta tal como está; sus enlaces son relativos.</translation>
    </message>
</context>
<context>
    <name>csc::ReviewActions</name>
    <message>
        <source>Export &amp;Review Copy…</source>
        <translation>Exportar copia de &amp;revisión…</translation>
    </message>
    <message>
        <source>&amp;Write Changes to Send Back…</source>
        <translation>&amp;Escribir los cambios para devolver…</translation>
    </message>
    <message>
        <source>&amp;Merge a Member&apos;s Changes…</source>
        <translation>&amp;Integrar los cambios de un miembro…</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>Exportar copia de revisión</translation>
    </message>
    <message>
        <source>The roster is empty: add the committee&apos;s members first.</source>
        <translation>La lista de miembros está vacía: añada primero a los miembros del comité.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Observer copy (no confidential material)…</source>
        <translation>Copia de observador (sin material confidencial)…</translation>
    </message>
    <message>
        <source>Review copy for:</source>
        <translation>Copia de revisión para:</translation>
    </message>
    <message>
        <source>review-copy-%1-%2.db</source>
        <translation>copia-de-revision-%1-%2.db</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>Bases de datos de CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>The review copy for %1 was written to %2. It opens in CSC Desk like any database.</source>
        <translation>La copia de revisión para %1 se escribió en %2. Se abre en CSC Desk como cualquier base de datos.</translation>
    </message>
    <message>
        <source>Write Changes to Send Back</source>
        <translation>Escribir los cambios para devolver</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes)</source>
        <translation>Cambios de CSC Desk (*.changes)</translation>
    </message>
    <message>
        <source>Write Changes</source>
        <translation>Escribir los cambios</translation>
    </message>
    <message>
        <source>Your changes were written to %1. Send this file to the secretariat.</source>
        <translation>Sus cambios se escribieron en %1. Envíe este archivo a la secretaría.</translation>
    </message>
    <message>
        <source>Merge a Member&apos;s Changes</source>
        <translation>Integrar los cambios de un miembro</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes);;All files (*)</source>
        <translation>Cambios de CSC Desk (*.changes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Integrar cambios</translation>
    </message>
    <message>
        <source>Everything in this file was merged before; nothing changes.</source>
        <translation>Todo lo de este archivo ya se integró; no cambia nada.</translation>
    </message>
    <message>
        <source>This file holds no changes.</source>
        <translation>Este archivo no contiene cambios.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cambios de &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Will be merged:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se integrarán:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not forced in (kept for you to decide):&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se imponen (se conservan para que usted decida):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merge now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Integrar ahora?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes &amp;Kept from Merges…</source>
        <translation>Cambios &amp;retenidos de integraciones…</translation>
    </message>
    <message>
        <source>Changes Kept from Merges</source>
        <translation>Cambios retenidos de integraciones</translation>
    </message>
    <message>
        <source>No member&apos;s change is waiting for a decision.</source>
        <translation>Ningún cambio de un miembro espera una decisión.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Not forced in when merged. Dismiss:</source>
        <translation>No se impuso al integrar. Descartar:</translation>
    </message>
    <message>
        <source>Dismiss a Kept Change</source>
        <translation>Descartar un cambio retenido</translation>
    </message>
    <message>
        <source>Why (for the record):</source>
        <translation>Por qué (para que conste):</translation>
    </message>
</context>
<context>
    <name>csc::ReviewCopy</name>
    <message>
        <source>The review copy could not be checked.</source>
        <translation>No se pudo comprobar la copia de revisión.</translation>
    </message>
    <message>
        <source>The review copy could not be cleaned of confidential records.</source>
        <translation>No se pudo limpiar la copia de revisión de registros confidenciales.</translation>
    </message>
</context>
<context>
    <name>csc::RosterModel</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>No vota</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Antiguo miembro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>csc::RosterSetupPage</name>
    <message>
        <source>The roster</source>
        <translation>La lista de miembros</translation>
    </message>
    <message>
        <source>Members and liaisons: add them one by one or import a CSV file with the columns name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</source>
        <translation>Miembros y enlaces: añádalos uno a uno o importe un archivo CSV con las columnas name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>Mandato desde</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>Añadir miembro…</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>la lista de miembros</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition:&lt;/b&gt; the roster meets the charter&apos;s minimum.</source>
        <translation>&lt;b&gt;Composición:&lt;/b&gt; la lista de miembros cumple el mínimo de la carta orgánica.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Comprobación de la composición:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>No se puede añadir el miembro</translation>
    </message>
</context>
<context>
    <name>csc::RowChange</name>
    <message>
        <source>The changes name a table this database does not have: %1.</source>
        <translation>Los cambios mencionan una tabla que esta base de datos no tiene: %1.</translation>
    </message>
    <message>
        <source>The changes were made with a different layout of table %1.</source>
        <translation>Los cambios se hicieron con otra estructura de la tabla %1.</translation>
    </message>
    <message>
        <source>The changes are damaged and cannot be read.</source>
        <translation>Los cambios están dañados y no se pueden leer.</translation>
    </message>
</context>
<context>
    <name>csc::RulesSetupPage</name>
    <message>
        <source>The rules</source>
        <translation>Las reglas</translation>
    </message>
    <message>
        <source>Response windows and thresholds, as the charter sets them by default. Change what your committee does differently; all of it stays in Edit › Settings.</source>
        <translation>Plazos de respuesta y umbrales, tal como los fija la carta orgánica de forma predeterminada. Cambie lo que su comité haga de otro modo; todo sigue disponible en Editar › Preferencias.</translation>
    </message>
    <message>
        <source>IFO written response due within:</source>
        <translation>Respuesta escrita de la IFO en un plazo de:</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>Significant-failure response within:</source>
        <translation>Respuesta a una falla significativa en:</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> días calendario</translation>
    </message>
    <message>
        <source>Minutes published within:</source>
        <translation>Acta publicada en un plazo de:</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>Mostrar los plazos como próximos a vencer en:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>Sugerir Gestión de problemas tras:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> quejas</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…sobre un nivel de servicio en:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>Una métrica se incumple de forma persistente en:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…de los últimos:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>Una decisión necesita al menos:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> miembros presentes</translation>
    </message>
    <message>
        <source>Cannot save the rules</source>
        <translation>No se pueden guardar las reglas</translation>
    </message>
</context>
<context>
    <name>csc::SectionPage</name>
    <message>
        <source>Nothing in %1 prints. Print from Cases (the selected case), Performance (the month&apos;s findings) or Meetings &amp; Minutes (the public minutes).</source>
        <translation>No hay nada que imprimir en %1. Imprima desde Casos (el caso seleccionado), Desempeño (las conclusiones del mes) o Reuniones y actas (el acta pública).</translation>
    </message>
    <message>
        <source>The undo history was cleared: a step in it can no longer be undone.</source>
        <translation>Se borró el historial de deshacer: un paso que contenía ya no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>csc::ServiceLevelDialog</name>
    <message>
        <source>Amend a service level</source>
        <translation>Modificar un nivel de servicio</translation>
    </message>
    <message>
        <source>New service level</source>
        <translation>Nuevo nivel de servicio</translation>
    </message>
    <message>
        <source>Max — a request must take at most the threshold</source>
        <translation>Máx. — una solicitud debe tardar como máximo el umbral</translation>
    </message>
    <message>
        <source>Min — a request must take at least the threshold</source>
        <translation>Mín. — una solicitud debe tardar como mínimo el umbral</translation>
    </message>
    <message>
        <source>Process category:</source>
        <translation>Categoría de proceso:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Compliance target:</source>
        <translation>Objetivo de cumplimiento:</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>Vigente a partir de:</translation>
    </message>
    <message>
        <source>Defined from:</source>
        <translation>Definido desde:</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>El comité</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>La IFO</translation>
    </message>
    <message>
        <source>A change makes a new version from the month chosen; months already rated keep the definition they were judged by.</source>
        <translation>Un cambio crea una nueva versión a partir del mes elegido; los meses ya calificados conservan la definición con la que se evaluaron.</translation>
    </message>
    <message>
        <source>Change request:</source>
        <translation>Solicitud de cambio:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitado por:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
</context>
<context>
    <name>csc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Holiday Calendar</source>
        <translation>Calendario de festivos</translation>
    </message>
    <message>
        <source>Deadlines and Rules</source>
        <translation>Plazos y reglas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Your name and role are written into the audit trail with every change you make.</source>
        <translation>Su nombre y su rol quedan escritos en el registro de auditoría con cada cambio que haga.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>&amp;Add Holiday</source>
        <translation>&amp;Añadir festivo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday, less these holidays. Case deadlines and the minutes deadline count business days.</source>
        <translation>Los días hábiles son de lunes a viernes, menos estos festivos. Los plazos de los casos y el plazo del acta cuentan días hábiles.</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>Mostrar los plazos como próximos a vencer en:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>Sugerir Gestión de problemas tras:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> quejas</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…sobre un nivel de servicio en:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>Una métrica se incumple de forma persistente en:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…de los últimos:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>Una decisión necesita al menos:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> miembros presentes</translation>
    </message>
    <message>
        <source>Rating below Satisfactory:</source>
        <translation>Calificación por debajo de Satisfactorio:</translation>
    </message>
    <message>
        <source>One level per line, lowest first; the last is the ICANN Board.</source>
        <translation>Un nivel por línea, del más bajo al más alto; el último es la Junta Directiva de la ICANN.</translation>
    </message>
    <message>
        <source>Remedial action escalation levels:</source>
        <translation>Niveles de escalamiento de la acción correctiva:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it signs every change you make.</source>
        <translation>Su nombre no puede estar vacío: firma cada cambio que haga.</translation>
    </message>
    <message>
        <source>Not on the roster</source>
        <translation>No está en la lista de miembros</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>Set-up Assistant…</source>
        <translation>Asistente de configuración…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Adds the holidays of an iCalendar file (all-day events) or a list of ISO dates, one per line, as the command line&apos;s --holidays does.</source>
        <translation>Añade los festivos de un archivo iCalendar (eventos de día completo) o de una lista de fechas ISO, una por línea, como hace la opción --holidays de la línea de comandos.</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Importar festivos</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>Archivos de festivos (*.ics *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Fecha del festivo</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added; save with OK.</source>
        <translation>
            <numerusform>%n festivo añadido; guarde con Aceptar.</numerusform>
            <numerusform>%n festivos añadidos; guarde con Aceptar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public documents are written in:</source>
        <translation>Los documentos públicos se redactan en:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>%1: entered with the move, in %2</source>
        <translation>%1: se introduce con el paso, en %2</translation>
    </message>
    <message>
        <source>Minutes are approved by:</source>
        <translation>El acta se aprueba por:</translation>
    </message>
    <message>
        <source> members&apos; approvals</source>
        <translation> aprobaciones de miembros</translation>
    </message>
    <message>
        <source>a majority of the voting members</source>
        <translation>la mayoría de los miembros con voto</translation>
    </message>
    <message>
        <source>Shared Server</source>
        <translation>Servidor compartido</translation>
    </message>
    <message>
        <source>A committee that works together keeps its database on a PostgreSQL server. Your password is never saved: CSC Desk asks for it when the server wants one, unless ~/.pgpass or PGPASSWORD gives it. TLS follows libpq (sslmode, PGSSLMODE).</source>
        <translation>Un comité que trabaja en conjunto guarda su base de datos en un servidor PostgreSQL. Su contraseña nunca se guarda: CSC Desk la pide cuando el servidor la necesita, salvo que ~/.pgpass o PGPASSWORD la proporcionen. TLS sigue a libpq (sslmode, PGSSLMODE).</translation>
    </message>
    <message>
        <source>localhost, a host name, or a socket folder</source>
        <translation>localhost, un nombre de host o una carpeta de socket</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>predeterminado (5432)</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>su rol de base de datos</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer, or PGSSLMODE)</source>
        <translation>valor predeterminado de libpq (prefer, o PGSSLMODE)</translation>
    </message>
    <message>
        <source>&amp;Use this server at start-up</source>
        <translation>&amp;Usar este servidor al iniciar</translation>
    </message>
    <message>
        <source>Without --db, CSC Desk opens this committee database instead of the local file.</source>
        <translation>Sin --db, CSC Desk abre la base de datos de este comité en lugar del archivo local.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>TLS (ssl&amp;mode):</source>
        <translation>TLS (ssl&amp;mode):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>csc::SetupTransferButtons</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>%1 se escribió en %2.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>El archivo tiene %n problema; no se cambió nada.</numerusform>
            <numerusform>El archivo tiene %n problemas; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: añadidos %2, ya existentes %3.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
</context>
<context>
    <name>csc::SetupWizard</name>
    <message>
        <source>Set Up the Committee</source>
        <translation>Configurar el comité</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Terminar por ahora</translation>
    </message>
</context>
<context>
    <name>csc::SqlQuery</name>
    <message>
        <source>The database refused an operation.</source>
        <translation>La base de datos rechazó una operación.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; nothing was written. Free some disk space and save again.</source>
        <translation>El disco está lleno, así que el cambio no se guardó; no se escribió nada. Libere espacio en disco y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The database file could not be written (the disk is full or a file size limit was reached), so the change was not saved. Free some disk space and save again.</source>
        <translation>No se pudo escribir el archivo de base de datos (el disco está lleno o se alcanzó un límite de tamaño de archivo), así que el cambio no se guardó. Libere espacio en disco y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>csc::SqliteDialect</name>
    <message>
        <source>Cannot mark the file as a CSC Desk database.</source>
        <translation>No se puede marcar el archivo como base de datos de CSC Desk.</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>La base de datos rechazó una operación.</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanModel</name>
    <message>
        <source>Published with the work plan</source>
        <translation>Publicado con el plan de trabajo</translation>
    </message>
    <message>
        <source>Internal: left out of the public work plan</source>
        <translation>Interno: fuera del plan de trabajo público</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Elemento de trabajo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanPanel</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Edit work item “%1”</source>
        <translation>Editar el elemento de trabajo «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work plan&lt;/b&gt; — public items are posted; untick an item to keep it internal.</source>
        <translation>&lt;b&gt;Plan de trabajo&lt;/b&gt;: los elementos públicos se publican; desmarque un elemento para mantenerlo interno.</translation>
    </message>
    <message>
        <source>Add Work Item…</source>
        <translation>Añadir elemento de trabajo…</translation>
    </message>
    <message>
        <source>Export Public Work Plan…</source>
        <translation>Exportar el plan de trabajo público…</translation>
    </message>
    <message>
        <source>Add Work Item</source>
        <translation>Añadir elemento de trabajo</translation>
    </message>
    <message>
        <source>Work item:</source>
        <translation>Elemento de trabajo:</translation>
    </message>
    <message>
        <source>Export Public Work Plan</source>
        <translation>Exportar el plan de trabajo público</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Markdown (*.md)</source>
        <translation>Página web (*.html);;PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The public work plan was written to %1.</source>
        <translation>El plan de trabajo público se escribió en %1.</translation>
    </message>
    <message>
        <source>The work item is no longer in the work plan.</source>
        <translation>El elemento de trabajo ya no figura en el plan de trabajo.</translation>
    </message>
</context>
<context>
    <name>cscdesk</name>
    <message>
        <source>Lists cases, for scripting.</source>
        <translation>Enumera los casos, para scripts.</translation>
    </message>
    <message>
        <source>Only this process: complaint, problem, emergency or appeal.</source>
        <translation>Solo este proceso: complaint, problem, emergency o appeal.</translation>
    </message>
    <message>
        <source>Only open cases past their deadline.</source>
        <translation>Solo los casos abiertos con el plazo vencido.</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table, csv o json.</translation>
    </message>
    <message>
        <source>Judge deadlines on this day, YYYY-MM-DD (default: today).</source>
        <translation>Evaluar los plazos en este día, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--process must be complaint, problem, emergency or appeal, not “%1”</source>
        <translation>--process debe ser complaint, problem, emergency o appeal, no «%1»</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>--format debe ser table, csv o json, no «%1»</translation>
    </message>
    <message>
        <source>--as-of “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--as-of «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Proceso: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>Operator: %1 (.%2)</source>
        <translation>Operador: %1 (.%2)</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Service level: %1</source>
        <translation>Nivel de servicio: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Vencimiento: %1</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>Confidencial: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>; table-top exercise</source>
        <translation>; ejercicio de simulación</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>abierto el %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (deshecho)</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Opened from %1 %2</source>
        <translation>Abierto a partir de %1 %2</translation>
    </message>
    <message>
        <source>Led to %1 %2</source>
        <translation>Dio lugar a %1 %2</translation>
    </message>
    <message>
        <source>Creates a demonstration database of a realistic committee.</source>
        <translation>Crea una base de datos de demostración de un comité realista.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>El nuevo archivo de base de datos (no debe existir).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Semilla aleatoria; la misma semilla da los mismos datos.</translation>
    </message>
    <message>
        <source>Years of history (1-30).</source>
        <translation>Años de historial (1-30).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD (default: today).</source>
        <translation>El «hoy» de la demostración, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Do nothing when the file already exists.</source>
        <translation>No hacer nada si el archivo ya existe.</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>se requiere --out PATH</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not “%1”</source>
        <translation>--seed debe ser un número entero no negativo, no «%1»</translation>
    </message>
    <message>
        <source>--years must be between 1 and 30, not “%1”</source>
        <translation>--years debe estar entre 1 y 30, no «%1»</translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation>Base de datos de demostración escrita en %1</translation>
    </message>
    <message>
        <source>`info` takes no arguments</source>
        <translation>`info` no admite argumentos</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de datos: %1</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>esquema: %1</translation>
    </message>
    <message>
        <source>committee: %1</source>
        <translation>comité: %1</translation>
    </message>
    <message>
        <source>access: %1</source>
        <translation>acceso: %1</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>solo lectura (%1)</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>Create a demonstration database</source>
        <translation>Crear una base de datos de demostración</translation>
    </message>
    <message>
        <source>Show the database&apos;s schema, committee and access</source>
        <translation>Mostrar el esquema, el comité y el acceso de la base de datos</translation>
    </message>
    <message>
        <source>Service levels: import figures, show a month, write the findings report</source>
        <translation>Niveles de servicio: importar cifras, mostrar un mes, escribir el informe de conclusiones</translation>
    </message>
    <message>
        <source>review export needs --for MEMBER and --out FILE</source>
        <translation>review export necesita --for MEMBER y --out FILE</translation>
    </message>
    <message>
        <source>Review copy for %1 written to %2</source>
        <translation>Copia de revisión para %1 escrita en %2</translation>
    </message>
    <message>
        <source>review changes needs --out FILE</source>
        <translation>review changes necesita --out FILE</translation>
    </message>
    <message>
        <source>Changes written to %1</source>
        <translation>Cambios escritos en %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3 merged, %4 not forced in, %5 merged before</source>
        <translation>%1 de %2: %3 integrados, %4 no impuestos, %5 integrados antes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Member (name or id) the copy is for.</source>
        <translation>Miembro (nombre o identificador) para el que es la copia.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Make an observer&apos;s copy: no confidential material.</source>
        <translation>Crear una copia de observador: sin material confidencial.</translation>
    </message>
    <message>
        <source>Show what merging would do; change nothing.</source>
        <translation>Mostrar lo que haría la integración; no cambiar nada.</translation>
    </message>
    <message>
        <source>export, changes or merge</source>
        <translation>export, changes o merge</translation>
    </message>
    <message>
        <source>expected `review export`, `review changes` or `review merge FILE`; see `cscdesk review --help`</source>
        <translation>se esperaba `review export`, `review changes` o `review merge FILE`; consulte `cscdesk review --help`</translation>
    </message>
    <message>
        <source>Export review copies, write and merge their changes</source>
        <translation>Exportar copias de revisión, escribir e integrar sus cambios</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail.</source>
        <translation>Verificar la cadena de hashes del registro de auditoría.</translation>
    </message>
    <message>
        <source>expected `audit verify`</source>
        <translation>se esperaba `audit verify`</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>registro de auditoría roto en la entrada %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries verified.</source>
        <translation>
            <numerusform>Registro de auditoría intacto: %n entrada verificada.</numerusform>
            <numerusform>Registro de auditoría intacto: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the tamper-evident audit trail</source>
        <translation>Verificar el registro de auditoría a prueba de manipulaciones</translation>
    </message>
    <message>
        <source>CSC Desk: the workbench of a Customer Standing Committee.</source>
        <translation>CSC Desk: el banco de trabajo de un Comité Permanente de Clientes.</translation>
    </message>
    <message>
        <source>Open the database read-only.</source>
        <translation>Abrir la base de datos en solo lectura.</translation>
    </message>
    <message>
        <source>Open on a section: cases, performance, meetings, committee or calendar.</source>
        <translation>Abrir en una sección: cases, performance, meetings, committee o calendar.</translation>
    </message>
    <message>
        <source>Run headless; `cscdesk &lt;command&gt; --help` for its options. Commands:</source>
        <translation>Ejecutar sin interfaz; `cscdesk &lt;comando&gt; --help` para sus opciones. Comandos:</translation>
    </message>
    <message>
        <source>cscdesk: unknown command “%1”; see cscdesk --help</source>
        <translation>cscdesk: comando desconocido «%1»; consulte cscdesk --help</translation>
    </message>
    <message>
        <source>The day of the meeting, YYYY-MM-DD.</source>
        <translation>El día de la reunión, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>html, pdf or md.</source>
        <translation>html, pdf o md.</translation>
    </message>
    <message>
        <source>The file to write (default: csc-minutes-DATE.EXT).</source>
        <translation>El archivo que se escribirá (predeterminado: csc-minutes-DATE.EXT).</translation>
    </message>
    <message>
        <source>Exports the public minutes of a meeting.</source>
        <translation>Exporta el acta pública de una reunión.</translation>
    </message>
    <message>
        <source>--meeting “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--meeting «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>Acta pública escrita en %1</translation>
    </message>
    <message>
        <source>A holiday file (one YYYY-MM-DD per line, or .ics); default: the database&apos;s holidays.</source>
        <translation>Un archivo de festivos (una fecha AAAA-MM-DD por línea, o .ics); predeterminado: los festivos de la base de datos.</translation>
    </message>
    <message>
        <source>Prints the day the minutes of a meeting must be published by (YYYY-MM-DD).</source>
        <translation>Muestra el día en que debe publicarse el acta de una reunión (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--meeting-date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--meeting-date «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>El archivo .ics que se escribirá.</translation>
    </message>
    <message>
        <source>Count from this day, YYYY-MM-DD (default: today).</source>
        <translation>Contar desde este día, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s calendar (meetings, minutes deadlines, obligations) as iCalendar.</source>
        <translation>Exporta el calendario del comité (reuniones, plazos de actas, obligaciones) como iCalendar.</translation>
    </message>
    <message>
        <source>--out FILE.ics is required</source>
        <translation>se requiere --out FILE.ics</translation>
    </message>
    <message>
        <source>--today “%1” is not a date (YYYY-MM-DD)</source>
        <translation>--today «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendario escrito en %1</translation>
    </message>
    <message>
        <source>The file to write (default: csc-work-plan-DATE.EXT).</source>
        <translation>El archivo que se escribirá (predeterminado: csc-work-plan-DATE.EXT).</translation>
    </message>
    <message>
        <source>Export the public work plan.</source>
        <translation>Exportar el plan de trabajo público.</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s public work plan: `workplan export`.</source>
        <translation>Exporta el plan de trabajo público del comité: `workplan export`.</translation>
    </message>
    <message>
        <source>expected `workplan export`</source>
        <translation>se esperaba `workplan export`</translation>
    </message>
    <message>
        <source>Public work plan written to %1</source>
        <translation>Plan de trabajo público escrito en %1</translation>
    </message>
    <message>
        <source>Print the minutes&apos; publication due date</source>
        <translation>Mostrar la fecha límite de publicación del acta</translation>
    </message>
    <message>
        <source>Export the committee calendar as .ics</source>
        <translation>Exportar el calendario del comité como .ics</translation>
    </message>
    <message>
        <source>Export the public work plan</source>
        <translation>Exportar el plan de trabajo público</translation>
    </message>
    <message numerus="yes">
        <source>%n kept change(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n cambio retenido espera una decisión.</numerusform>
            <numerusform>%n cambios retenidos esperan una decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the number of a kept change</source>
        <translation>«%1» no es el número de un cambio retenido</translation>
    </message>
    <message>
        <source>Kept change %1 dismissed.</source>
        <translation>Cambio retenido %1 descartado.</translation>
    </message>
    <message>
        <source>Offline review copies:
  review export --for MEMBER --out FILE [--observer]
  review changes --out FILE        (in a review copy)
  review merge FILE [--preview]    (in the committee&apos;s database)
  review kept                      (changes not forced in, waiting for a decision)
  review dismiss ID [--why TEXT]   (decide against a kept change)</source>
        <translation>Copias de revisión sin conexión:
  review export --for MEMBER --out FILE [--observer]
  review changes --out FILE        (en una copia de revisión)
  review merge FILE [--preview]    (en la base de datos del comité)
  review kept                      (cambios no impuestos, en espera de decisión)
  review dismiss ID [--why TEXT]   (decidir contra un cambio retenido)</translation>
    </message>
    <message>
        <source>Why a kept change is dismissed.</source>
        <translation>Por qué se descarta un cambio retenido.</translation>
    </message>
    <message>
        <source>realistic (default: the real committee&apos;s volumes) or bench (about 1,000 cases a year, for the benchmarks).</source>
        <translation>realistic (predeterminado: los volúmenes del comité real) o bench (unos 1000 casos al año, para las pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>--scale must be realistic or bench, not “%1”</source>
        <translation>--scale debe ser realistic o bench, no «%1»</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>Documentación de la reunión escrita en %1</translation>
    </message>
    <message>
        <source>Export the public minutes or the meeting pack</source>
        <translation>Exportar el acta pública o la documentación de la reunión</translation>
    </message>
    <message>
        <source>Writes the committee&apos;s public site into a folder: index, minutes, findings, work plan, calendar and Atom feed. Files that did not change are left as they are.</source>
        <translation>Escribe el sitio público del comité en una carpeta: índice, actas, conclusiones, plan de trabajo, calendario y canal Atom. Los archivos que no cambiaron se dejan como están.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>La carpeta del sitio.</translation>
    </message>
    <message>
        <source>The day to publish as of (default: today).</source>
        <translation>El día de referencia de la publicación (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>se requiere --out DIR</translation>
    </message>
    <message>
        <source>Public site in %1: %2 files written, %3 unchanged</source>
        <translation>Sitio público en %1: %2 archivos escritos, %3 sin cambios</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public site</source>
        <translation>Escribir el sitio público del comité</translation>
    </message>
    <message>
        <source>Checks the audit trail: `cscdesk audit verify [--against FILE|HEAD]...`.
The chain is checked entry by entry, against every head this database noted when it published a document or issued a review copy, against each head given (&quot;audit N HASH&quot;, or a file that carries one: HTML, Markdown, iCalendar, text, PDF, a review copy, a changes file), and its append-only triggers are checked.</source>
        <translation>Comprueba el registro de auditoría: `cscdesk audit verify [--against FILE|HEAD]...`.
La cadena se comprueba entrada por entrada, frente a cada cabeza que esta base de datos anotó al publicar un documento o emitir una copia de revisión, frente a cada cabeza indicada («audit N HASH», o un archivo que contenga una: HTML, Markdown, iCalendar, texto, PDF, una copia de revisión, un archivo de cambios), y se comprueban sus disparadores de solo adición.</translation>
    </message>
    <message>
        <source>A head (&quot;audit N HASH&quot;) or a file carrying one to check the chain against; may be given more than once.</source>
        <translation>Una cabeza («audit N HASH») o un archivo que contenga una, frente a la que comprobar la cadena; puede indicarse más de una vez.</translation>
    </message>
    <message>
        <source>audit trail broken: %1</source>
        <translation>registro de auditoría roto: %1</translation>
    </message>
    <message numerus="yes">
        <source>It matches the %n published or given head(s) it was checked against; its append-only triggers are in place.</source>
        <translation>
            <numerusform>Coincide con la %n cabeza publicada o indicada con la que se comprobó; sus disparadores de solo adición están en su sitio.</numerusform>
            <numerusform>Coincide con las %n cabezas publicadas o indicadas con las que se comprobó; sus disparadores de solo adición están en su sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cscdesk cases show REFERENCE [--format text|json]</source>
        <translation>uso: cscdesk cases show REFERENCE [--format text|json]</translation>
    </message>
    <message>
        <source>unknown cases command “%1” (list, show, open, move, respond, link, finding or publish-finding)</source>
        <translation>comando de casos desconocido «%1» (list, show, open, move, respond, link, finding o publish-finding)</translation>
    </message>
    <message>
        <source>List cases, show one, and take each step: list [--process P] [--overdue] [--format table|csv|json], show REF [--format json], open, move, respond, link, finding, publish-finding (each with --help)</source>
        <translation>Enumerar casos, mostrar uno y dar cada paso: list [--process P] [--overdue] [--format table|csv|json], show REF [--format json], open, move, respond, link, finding, publish-finding (cada uno con --help)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON (urgent reviews, audits, technical changes, updates, liaisons, the IFO&apos;s complaint handling)</source>
        <translation>Las demás funciones del comité en JSON (revisiones urgentes, auditorías, cambios técnicos, actualizaciones, enlaces, tramitación de quejas por la IFO)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON: urgent reviews and consents, periodic audits, technical changes, customer updates and consultations, review-team liaisons, the IFO&apos;s complaint summaries and handling times.</source>
        <translation>Las demás funciones del comité en JSON: revisiones urgentes y consentimientos, auditorías periódicas, cambios técnicos, actualizaciones y consultas a los clientes, enlaces con equipos de revisión, resúmenes de quejas de la IFO y tiempos de tramitación.</translation>
    </message>
    <message>
        <source>approve-by-email: the id of the carried e-mail decision (`decisions list`).</source>
        <translation>approve-by-email: el identificador de la decisión por correo electrónico aprobada (`decisions list`).</translation>
    </message>
    <message>
        <source>export: the public minutes (confidential sections removed); pack: the members&apos; meeting pack (PDF); approve-by-email: record the e-mail decision that approved circulated minutes.</source>
        <translation>export: el acta pública (sin las secciones confidenciales); pack: la documentación de la reunión para los miembros (PDF); approve-by-email: registrar la decisión por correo electrónico que aprobó un acta circulada.</translation>
    </message>
    <message>
        <source>say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` or `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</source>
        <translation>use `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` o `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</translation>
    </message>
    <message>
        <source>--decision ID is required (the e-mail decision&apos;s id)</source>
        <translation>se requiere --decision ID (el identificador de la decisión por correo electrónico)</translation>
    </message>
    <message>
        <source>The minutes of %1 are approved by the e-mail decision %2.</source>
        <translation>El acta del %1 queda aprobada por la decisión por correo electrónico %2.</translation>
    </message>
    <message>
        <source>list: the day of the meeting, YYYY-MM-DD.</source>
        <translation>list: el día de la reunión, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ratify: the id of the carried e-mail decision that ratifies.</source>
        <translation>ratify: el identificador de la decisión por correo electrónico aprobada que ratifica.</translation>
    </message>
    <message>
        <source>list: a meeting&apos;s decisions and the carried e-mail decisions since, with ids and ratification; ratify: record the e-mail decision that ratifies decision ID.</source>
        <translation>list: las decisiones de una reunión y las decisiones por correo electrónico aprobadas desde entonces, con sus identificadores y su ratificación; ratify: registrar la decisión por correo electrónico que ratifica la decisión ID.</translation>
    </message>
    <message>
        <source>Lists decisions and records their ratification by e-mail.</source>
        <translation>Enumera las decisiones y registra su ratificación por correo electrónico.</translation>
    </message>
    <message>
        <source>say `decisions list --meeting YYYY-MM-DD` or `decisions ratify ID --by EMAIL_DECISION_ID`</source>
        <translation>use `decisions list --meeting YYYY-MM-DD` o `decisions ratify ID --by EMAIL_DECISION_ID`</translation>
    </message>
    <message>
        <source>Decision %1 is ratified by the e-mail decision %2.</source>
        <translation>La decisión %1 queda ratificada por la decisión por correo electrónico %2.</translation>
    </message>
    <message>
        <source>--format is table, csv or json</source>
        <translation>--format es table, csv o json</translation>
    </message>
    <message>
        <source>List decisions; record the e-mail decision that ratifies one</source>
        <translation>Enumerar las decisiones; registrar la decisión por correo electrónico que ratifica una de ellas</translation>
    </message>
    <message>
        <source>Moves a committee onto a shared PostgreSQL server: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. Every record, document and audit entry is copied with its id into the empty database; the audit chain is verified on both sides. The file is only read. Without --from, a new empty committee is created on the server.</source>
        <translation>Traslada un comité a un servidor PostgreSQL compartido: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. Cada registro, documento y entrada de auditoría se copia con su identificador en la base de datos vacía; la cadena de auditoría se verifica en ambos lados. El archivo solo se lee. Sin --from, se crea un comité nuevo y vacío en el servidor.</translation>
    </message>
    <message>
        <source>The committee file.</source>
        <translation>El archivo del comité.</translation>
    </message>
    <message>
        <source>The server&apos;s empty database (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>La base de datos vacía del servidor (contraseña tomada de PGPASSWORD o ~/.pgpass).</translation>
    </message>
    <message>
        <source>expected --to URL (and --from FILE)</source>
        <translation>se esperaba --to URL (y --from FILE)</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not “%1”</source>
        <translation>--to debe ser una dirección postgresql://, no «%1»</translation>
    </message>
    <message>
        <source>Created a new committee at %1.</source>
        <translation>Se creó un comité nuevo en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entries, head %4) verifies on both sides.</source>
        <translation>
            <numerusform>Se trasladó %1 al servidor: %2 filas en %3 tablas; el registro de auditoría (%n entrada, cabeza %4) se verifica en ambos lados.</numerusform>
            <numerusform>Se trasladó %1 al servidor: %2 filas en %3 tablas; el registro de auditoría (%n entradas, cabeza %4) se verifica en ambos lados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a committee file onto a PostgreSQL server</source>
        <translation>Trasladar un archivo de comité a un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>The database file, or a shared server as postgresql://user@host:port/dbname (default: %1).</source>
        <translation>El archivo de base de datos, o un servidor compartido como postgresql://user@host:port/dbname (predeterminado: %1).</translation>
    </message>
</context>
</TS>
