/**
 * The date of this wording; bump it with any change of the text: pd_consents rows store the version derived from it,
 * which proves what was agreed to.
 */
export const RESIDENT_CONSENT_DATE = "2025-09-01";
export const RESIDENT_CONSENT_VERSION = `resident-${RESIDENT_CONSENT_DATE}`;

/**
 * The separate consent to personal-data processing (152-ФЗ art. 9) a resident gives when registering in the
 * cabinet; the operator is the management organisation chosen in the form.
 */
export const residentConsentText = [
  "Я даю согласие выбранной мной управляющей организации (ТСЖ, ЖСК) и сервису «Домком», которым она пользуется,",
  "на обработку моих персональных данных: фамилии, имени, отчества, номера телефона и номера лицевого счёта — с целью",
  "подключения к личному кабинету жителя, предоставления доступа к сведениям о помещении, начислениях и платежах и",
  "связи со мной по вопросам управления домом. Согласие распространяется на сбор, запись, систематизацию, хранение,",
  "уточнение, использование, удаление и уничтожение данных с использованием средств автоматизации и без них.",
  "Согласие действует до его отзыва; отозвать его можно, обратившись в управляющую организацию.",
].join(" ");
