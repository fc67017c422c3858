import { z } from "zod";
import { apiKeyScopeInfo } from "@/lib/access/api-keys/api-key-scopes";
import { accountFormSchema } from "@/lib/registry/accounts/account-schema";
import { premiseFields } from "@/lib/registry/premises/premise-schema";
import { buildingSchema } from "@/lib/org/building-schema";
import { accountRefSchema } from "./accounts/account-item-schema";
import { MAX_PAGE_SIZE } from "./api-page";
import { MAX_BULK_ITEMS } from "./bulk-body";
import { buildingRefSchema } from "./buildings/building-bulk-spec";
import { clientItemSchema } from "./clients/client-item-schema";
import { MAX_API_BODY_BYTES } from "./json-body";
import { premiseRefSchema } from "./premises/premise-item-schema";
import { problemKinds } from "./problem";
import { env } from "@/lib/core/env";
import { bulkOutcomes } from "./run-bulk";
import { meterFields } from "@/lib/meters/meter-schema";
import { meterResources, meterStatuses, readingSources } from "@/lib/meters/meter-vocabulary";
import { meterRefSchema } from "./meters/meter-items";
import { readingItemSchema } from "./meters/reading-items";
import { paymentItemSchema } from "./payments/payment-items";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[]; [key: string]: unknown };

/** The JSON Schema of what a client sends, from the very zod schema that validates it. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** An item made of reference fields and the staff form's fields, minus the ids the references replace; closed. */
function itemSchema(refs: z.ZodType, fields: z.ZodType, replaced: string[], required: string[], example: Record<string, unknown>, extra: JsonSchema = {}): JsonSchema {
  const properties = { ...inputSchema(fields).properties, ...inputSchema(refs).properties };
  for (const key of replaced) delete properties[key];
  return { type: "object", properties, required, additionalProperties: false, examples: [example], ...extra };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const uuid = { type: "string", format: "uuid" };
const dateTime = { type: "string", format: "date-time" };
const object = (properties: Record<string, unknown>, description?: string) => ({
  type: "object",
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
});

const problem = (status: number, description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem"), example: problemExample(status) } },
});

function problemExample(status: number) {
  const kind = problemKinds[status]!;
  const errors =
    status === 422 ? [{ index: 0, externalId: "C-1", field: "middlename", message: "Неизвестное поле «middlename»" }] : [];
  return { type: `urn:domkom:problem:${kind.slug}`, title: kind.title, status, detail: kind.title, errors };
}

const common = { "401": problem(401, "Нет ключа, ключ неверен или отозван"), "403": problem(403, "У ключа нет нужного права") };

type Kind = {
  path: string;
  tag: string;
  noun: string;
  item: string;
  record: string;
  scope: string;
  summary: string;
  listFilters?: unknown[];
  /** The scope GET needs (meters have their own). */
  readScope?: string;
  /** Whether /{id} and /external/{externalId} exist; readings and meters are listed only. */
  single?: boolean;
  /** What else the POST description says (rules the items are checked by). */
  postNote?: string;
};

function kindPaths({ path, tag, noun, item, record, scope, summary, listFilters = [], readScope = "read", single = true, postNote = "" }: Kind) {
  const one = (parameter: unknown, what: string) => ({
    get: {
      tags: [tag],
      summary: what,
      security: [{ apiKey: [readScope] }],
      parameters: [parameter],
      responses: { "200": { description: noun, content: { "application/json": { schema: ref(record) } } }, ...common, "404": problem(404, `${noun} не найден(о) в организации ключа`) },
    },
  });
  return {
    [path]: {
      post: {
        tags: [tag],
        summary,
        description:
          `До ${MAX_BULK_ITEMS} элементов, тело не больше ${MAX_API_BODY_BYTES / 1024 / 1024} МБ. Сначала проверяется весь запрос; при ошибках — 422 со всеми ошибками, ничего не меняется. ` +
          "Затем всё применяется в одной транзакции. Поле, которого нет в элементе, сохраняет прежнее значение; null очищает его. Неизвестные поля отклоняются (422). " +
          `${postNote}Право ключа: ${scope}.`,
        security: [{ apiKey: [scope] }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { type: "object", required: ["items"], additionalProperties: false, properties: { items: { type: "array", minItems: 1, maxItems: MAX_BULK_ITEMS, items: ref(item) } } },
            },
          },
        },
        responses: {
          "200": { description: "Применено; по элементу на каждый переданный", content: { "application/json": { schema: ref("BulkResult") } } },
          "400": problem(400, "Тело не JSON"),
          ...common,
          "413": problem(413, `Тело больше ${MAX_API_BODY_BYTES / 1024 / 1024} МБ`),
          "422": problem(422, "Ошибки в элементах; ничего не изменено"),
        },
      },
      get: {
        tags: [tag],
        summary: "Список",
        description:
          "Порядок постоянный: по времени изменения (updatedAt), затем по id. Страницы — по курсору: передайте nextCursor из ответа в cursor; " +
          "null значит, что страниц больше нет. С updatedSince — только изменённые с этого момента (для регулярной синхронизации).",
        security: [{ apiKey: [readScope] }],
        parameters: [
          ...(record === "MeterReading" ? [] : [{ name: "externalId", in: "query", schema: str }]),
          ...listFilters,
          { name: "updatedSince", in: "query", schema: dateTime, example: "2026-11-30T00:00:00Z" },
          { name: "cursor", in: "query", schema: str },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 } },
          { name: "total", in: "query", description: "true — посчитать общее число строк (дольше)", schema: { type: "boolean", default: false } },
        ],
        responses: {
          "200": {
            description: "Страница списка",
            content: { "application/json": { schema: object({ items: { type: "array", items: ref(record) }, nextCursor: nullableStr }) } },
          },
          ...common,
          "422": problem(422, "Неверный или неизвестный параметр"),
        },
      },
    },
    ...(single
      ? {
          [`${path}/{id}`]: one({ name: "id", in: "path", required: true, schema: uuid }, `${noun} по id в Домкоме`),
          [`${path}/external/{externalId}`]: one({ name: "externalId", in: "path", required: true, schema: str }, `${noun} по внешнему идентификатору`),
        }
      : {}),
  };
}

const base = { id: uuid, externalId: nullableStr, archived: { type: "boolean" }, updatedAt: dateTime };

/** GET /api/v1/openapi.json: every path, with typed requests and responses and examples. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Домком REST API",
      version: "1.1.0",
      description:
        "Загрузка и чтение объектов, помещений, клиентов и лицевых счетов для учётных систем (1С и др.) по внешним идентификаторам. " +
        "Все ошибки — application/problem+json (RFC 9457) с сообщениями на русском; errors[] указывает элемент (index, externalId) и поле. " +
        "Телефоны принимаются в любом формате любой страны и хранятся в E.164 (+79123456789); номер без кода страны считается российским.",
    },
    // The configured public origin (AUTH_URL), never the request's Host; unset on a developer's machine: relative.
    servers: [{ url: env().AUTH_URL ?? "/" }],
    tags: [{ name: "Объекты" }, { name: "Помещения" }, { name: "Клиенты" }, { name: "Лицевые счета" }, { name: "Приборы учёта" }, { name: "Показания" }, { name: "Платежи" }],
    paths: {
      ...kindPaths({ path: "/api/v1/buildings", tag: "Объекты", noun: "Объект", item: "BuildingItem", record: "Building", scope: "buildings:write", summary: "Загрузить объекты (дома)" }),
      ...kindPaths({ path: "/api/v1/premises", tag: "Помещения", noun: "Помещение", item: "PremiseItem", record: "Premise", scope: "premises:write", summary: "Загрузить помещения" }),
      ...kindPaths({
        path: "/api/v1/clients",
        tag: "Клиенты",
        noun: "Клиент",
        item: "ClientItem",
        record: "Client",
        scope: "clients:write",
        summary: "Загрузить клиентов (правила склейки по телефону и внешнему идентификатору)",
        listFilters: [{ name: "phone", in: "query", description: "В любом формате; сравнивается в E.164", schema: str, example: "8 912 345-67-89" }],
      }),
      ...kindPaths({ path: "/api/v1/accounts", tag: "Лицевые счета", noun: "Лицевой счёт", item: "AccountItem", record: "Account", scope: "accounts:write", summary: "Загрузить лицевые счета" }),
      ...kindPaths({
        path: "/api/v1/meters",
        tag: "Приборы учёта",
        noun: "Прибор учёта",
        item: "MeterItem",
        record: "Meter",
        scope: "meters:write",
        readScope: "meters:read",
        single: false,
        summary: "Загрузить приборы учёта (ИПУ помещений и ОДПУ домов)",
        postNote: "Заводской номер не повторяется среди работающих приборов дома. Помещение и начальные показания задаются только новому прибору; перенос прибора — это замена в CRM. ",
        listFilters: [
          { name: "buildingId", in: "query", schema: uuid },
          { name: "premiseId", in: "query", schema: uuid },
          { name: "resource", in: "query", schema: { enum: meterResources } },
          { name: "status", in: "query", schema: { enum: meterStatuses } },
          { name: "serialNumber", in: "query", description: "Без учёта регистра, пробелов и дефисов", schema: str },
        ],
      }),
      ...kindPaths({
        path: "/api/v1/meter-readings",
        tag: "Показания",
        noun: "Показание",
        item: "MeterReadingItem",
        record: "MeterReading",
        scope: "readings:write",
        readScope: "meters:read",
        single: false,
        summary: "Загрузить показания за период",
        postNote:
          "Показания проверяются по тем же правилам, что и в CRM: не меньше предыдущего (кроме перехода через ноль), прибор исправен и поверен; слишком большой расход принимается с отметкой flagged. " +
          "Повторная отправка элемента с тем же externalId ничего не меняет (outcome unchanged); показание за месяц с другим значением исправляет сохранённое (нужно право исправлять показания). ",
        listFilters: [
          { name: "period", in: "query", description: "Месяц YYYY-MM", schema: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, example: "2026-11" },
          { name: "meterId", in: "query", schema: uuid },
        ],
      }),
      ...kindPaths({
        path: "/api/v1/payments",
        tag: "Платежи",
        noun: "Платёж",
        item: "PaymentItem",
        record: "Payment",
        scope: "payments:write",
        readScope: "payments:read",
        single: false,
        summary: "Загрузить платежи, поступившие в банк, платёжному агенту или в учётную систему",
        postNote:
          "Сумма — целое число копеек (amountKopecks: 123456 = 1 234,56 ₽), дробная сумма отклоняется. Лицевой счёт — accountId или accountNumber (номер или ЕЛС не подходят чужой организации). " +
          "Платёж сразу проводится: гасит неоплаченные услуги указанных счетов (invoiceIds), затем самых старых, остаток — аванс. " +
          "Повторная отправка элемента с тем же externalId ничего не проводит (outcome unchanged), даже если сумма в нём другая; платёж один и при параллельных запросах. ",
        listFilters: [
          { name: "source", in: "query", schema: { enum: ["online", "api", "statement", "registry", "manual"] } },
          { name: "accountId", in: "query", schema: uuid },
        ],
      }),
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `Ключ организации из «Настройки → API-ключи». Права: ${Object.entries(apiKeyScopeInfo)
            .map(([scope, info]) => `${scope} — ${info.label}`)
            .join("; ")}.`,
        },
      },
      schemas: {
        BuildingItem: itemSchema(buildingRefSchema, buildingSchema, ["legalEntityId", "groupId", "quarterId"], ["externalId"], {
          externalId: "B-1",
          city: "Казань",
          street: "ул. Ленина",
          house: "5",
          legalEntityInn: "7736207543",
        }),
        PremiseItem: itemSchema(premiseRefSchema, premiseFields, [], ["externalId"], { externalId: "P-10", buildingExternalId: "B-1", type: "flat", number: "10", totalArea: "54,3" }, {
          description: "Новому помещению нужны buildingExternalId или buildingId, type и number; сохранённое их сохраняет, если они не переданы.",
        }),
        ClientItem: { ...inputSchema(clientItemSchema), examples: [{ externalId: "C-1", lastName: "Иванова", firstName: "Анна", phone: "+49 30 901820", links: [{ premiseExternalId: "P-10", basis: "owner" }] }] },
        AccountItem: itemSchema(accountRefSchema, accountFormSchema, ["legalEntityId"], ["externalId"], { externalId: "LS-1", premiseExternalId: "P-10", number: "100001" }),
        Building: object({ ...base, address: str, postalCode: nullableStr, region: nullableStr, city: str, street: str, house: str, block: nullableStr, structure: nullableStr, legalEntityInn: nullableStr }),
        Premise: object({
          ...base,
          buildingId: uuid,
          buildingExternalId: nullableStr,
          address: str,
          type: str,
          number: str,
          entrance: nullableStr,
          floor: nullableStr,
          totalArea: { ...nullableStr, description: "Десятичное число строкой, «54.30»" },
          livingArea: nullableStr,
          rooms: { type: ["integer", "null"] },
          registeredResidents: { type: ["integer", "null"], description: "Зарегистрировано, чел." },
          onlinePayment: { type: "boolean" },
          note: nullableStr,
        }),
        Client: object({
          id: uuid,
          externalIds: { type: "array", items: str },
          type: str,
          lastName: nullableStr,
          firstName: nullableStr,
          middleName: nullableStr,
          phone: { ...nullableStr, description: "E.164" },
          email: nullableStr,
          gender: nullableStr,
          birthDate: { type: ["string", "null"], format: "date" },
          inn: nullableStr,
          snils: nullableStr,
          note: nullableStr,
          isTester: { type: "boolean" },
          lastSeenAt: { type: ["string", "null"], format: "date-time" },
          updatedAt: dateTime,
          status: { enum: ["active", "blocked"] },
          archived: { type: "boolean" },
          links: {
            type: "array",
            items: object({ premiseId: uuid, premiseExternalId: nullableStr, basis: str, dependsOnClientId: { type: ["string", "null"], format: "uuid" }, ownershipShare: nullableStr }),
          },
        }),
        Account: object({ ...base, number: str, els: nullableStr, premiseId: uuid, premiseExternalId: nullableStr, legalEntityInn: nullableStr, hiddenInCabinet: { type: "boolean" } }),
        MeterItem: itemSchema(meterRefSchema, meterFields, [], ["externalId"], { externalId: "IPU-1", premiseExternalId: "P-10", resource: "cold_water", serialNumber: "ХВ-2403151", digits: 5, installedOn: "2024-03-15", initialReadings: { single: "123.456" } }, {
          description: "Новому прибору нужны resource, serialNumber и premiseId/premiseExternalId (ИПУ) или buildingId/buildingExternalId (ОДПУ). initialReadings — показания по зонам (single; day/night; peak/semipeak/night).",
        }),
        MeterReadingItem: { ...inputSchema(readingItemSchema), examples: [{ externalId: "R-2026-11-1", meterExternalId: "IPU-1", period: "2026-11", value: "130.2" }] },
        PaymentItem: { ...inputSchema(paymentItemSchema), examples: [{ externalId: "PAY-2026-11-0001", accountNumber: "100001", amountKopecks: 345000, paidOn: "2026-11-25", purpose: "Оплата ЖКУ за 10.2026, ЛС 100001", payerName: "Иванова Анна Петровна" }] },
        Payment: object({
          id: uuid,
          externalId: { ...nullableStr, description: "externalId, с которым платёж пришёл через API" },
          source: { enum: ["online", "api", "statement", "registry", "manual"] },
          status: { enum: ["pending", "succeeded", "canceled", "failed", "mismatch", "deleted"] },
          accountId: { type: ["string", "null"], format: "uuid" },
          accountNumber: nullableStr,
          amountKopecks: { ...str, description: "Копейки целым числом строкой, «345000»" },
          refundedKopecks: str,
          paidOn: { type: ["string", "null"], format: "date" },
          paidAt: { type: ["string", "null"], format: "date-time" },
          purpose: nullableStr,
          payerName: nullableStr,
          updatedAt: dateTime,
        }),
        Meter: object({
          id: uuid,
          externalId: nullableStr,
          buildingId: uuid,
          address: str,
          premiseId: { type: ["string", "null"], format: "uuid" },
          accountId: { type: ["string", "null"], format: "uuid" },
          resource: { enum: meterResources },
          zones: { type: "integer" },
          serialNumber: str,
          model: nullableStr,
          installedOn: { type: ["string", "null"], format: "date" },
          nextVerificationOn: { type: ["string", "null"], format: "date" },
          digits: { type: ["integer", "null"] },
          status: { enum: meterStatuses },
          updatedAt: dateTime,
        }),
        MeterReading: object({
          id: uuid,
          meterId: uuid,
          meterExternalId: nullableStr,
          serialNumber: str,
          zone: str,
          period: str,
          kind: { enum: ["initial", "regular", "final"] },
          value: { ...str, description: "Десятичное число строкой с тремя знаками, «123.456»" },
          source: { enum: readingSources },
          flagged: { type: "boolean" },
          rollover: { type: "boolean" },
          takenAt: dateTime,
          externalId: { ...nullableStr, description: "externalId, с которым показание пришло через API" },
          updatedAt: dateTime,
        }),
        BulkResult: {
          ...object({
            items: {
              type: "array",
              items: object({
                index: { type: "integer", description: "Позиция элемента в запросе, с 0" },
                externalId: str,
                id: uuid,
                outcome: {
                  enum: [...bulkOutcomes],
                  description:
                    "created — создан; updated — изменён; merged — дубль по телефону склеен с клиентом; linked — существующая запись без внешнего идентификатора (тот же телефон, номер или адрес) получила его; unchanged — ничего не изменилось",
                },
              }),
            },
            summary: object(Object.fromEntries(bulkOutcomes.map((o) => [o, { type: "integer" }]))),
          }),
          examples: [{ items: [{ index: 0, externalId: "P-10", id: "0b7c2f9e-8d0a-4c55-9d8e-3f1f6f3f2a10", outcome: "created" }], summary: { created: 1, updated: 0, merged: 0, linked: 0, unchanged: 0 } }],
        },
        ProblemError: object({
          index: { type: ["integer", "null"], description: "Позиция элемента; null — ошибка запроса в целом" },
          externalId: nullableStr,
          field: { ...nullableStr, description: "Путь к полю через точку: links.0.premiseExternalId" },
          message: str,
        }),
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "errors"],
          properties: {
            type: { type: "string", description: "urn:domkom:problem:<вид>: validation, unauthenticated, forbidden, not-found, payload-too-large, …" },
            title: str,
            status: { type: "integer" },
            detail: str,
            errors: { type: "array", items: ref("ProblemError") },
            errorId: { type: "string", description: "Только для 500: код для обращения в поддержку" },
          },
        },
      },
    },
  };
}
