import { z } from "zod";
import { accountSchema } from "@/lib/registry/accounts/account-schema";
import { premiseSchema } from "@/lib/registry/premises/premise-schema";
import { apiKeyScopeInfo } from "@/lib/access/api-keys/api-key-scopes";
import { accountRefSchema } from "./accounts/account-item-schema";
import { MAX_BULK_ITEMS } from "./bulk-body";
import { clientItemSchema } from "./clients/client-item-schema";
import { premiseRefSchema } from "./premises/premise-item-schema";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[]; [key: string]: unknown };

/** The JSON Schema of what a client sends, from the very zod schema that validates it. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** An item made of reference fields and the staff form's fields, minus the ids the references replace. */
function itemSchema(refs: z.ZodType, fields: z.ZodType, replaced: string[], required: string[], extra: JsonSchema = {}): JsonSchema {
  const properties = { ...inputSchema(fields).properties, ...inputSchema(refs).properties };
  for (const key of replaced) delete properties[key];
  return { type: "object", properties, required, ...extra };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function bulkPath(tag: string, item: string, scope: string, summary: string) {
  return {
    post: {
      tags: [tag],
      summary,
      description: `До ${MAX_BULK_ITEMS} элементов. Сначала проверяется весь запрос; при ошибках ответ 422 со всеми ошибочными элементами и ничего не меняется. Затем всё применяется в одной транзакции. Право ключа: ${scope}.`,
      security: [{ apiKey: [scope] }],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", required: ["items"], properties: { items: { type: "array", maxItems: MAX_BULK_ITEMS, items: ref(item) } } } } },
      },
      responses: {
        "200": { description: "Применено", content: { "application/json": { schema: ref("BulkResult") } } },
        "401": { description: "Неверный или отозванный ключ", content: { "application/json": { schema: ref("Error") } } },
        "403": { description: "У ключа нет нужного права", content: { "application/json": { schema: ref("Error") } } },
        "422": { description: "Ошибки в элементах; ничего не изменено", content: { "application/json": { schema: ref("BulkRejection") } } },
      },
    },
    get: {
      tags: [tag],
      summary: "Список по внешнему идентификатору, постранично",
      security: [{ apiKey: ["read"] }],
      parameters: [
        { name: "externalId", in: "query", schema: { type: "string" } },
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        { name: "size", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
      ],
      responses: {
        "200": { description: "Страница списка", content: { "application/json": { schema: ref("Page") } } },
        "401": { description: "Неверный или отозванный ключ", content: { "application/json": { schema: ref("Error") } } },
        "403": { description: "У ключа нет права read", content: { "application/json": { schema: ref("Error") } } },
      },
    },
  };
}

/** GET /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string) {
  const reason = { type: "object", properties: { field: { type: ["string", "null"] }, message: { type: "string" } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Домком REST API",
      version: "1.0.0",
      description: "Загрузка помещений, клиентов и лицевых счетов из учётных систем (1С и др.) по внешним идентификаторам.",
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: "Клиенты" }, { name: "Помещения" }, { name: "Лицевые счета" }],
    paths: {
      "/api/v1/clients": bulkPath("Клиенты", "ClientItem", "clients:write", "Загрузить клиентов (правила склейки по телефону и внешнему идентификатору)"),
      "/api/v1/premises": bulkPath("Помещения", "PremiseItem", "premises:write", "Загрузить помещения"),
      "/api/v1/accounts": bulkPath("Лицевые счета", "AccountItem", "accounts:write", "Загрузить лицевые счета"),
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
        ClientItem: inputSchema(clientItemSchema),
        PremiseItem: itemSchema(premiseRefSchema, premiseSchema, ["buildingId"], ["externalId", "type", "number"], {
          anyOf: [{ required: ["buildingExternalId"] }, { required: ["buildingId"] }],
        }),
        AccountItem: itemSchema(accountRefSchema, accountSchema, ["premiseId", "legalEntityId"], ["externalId", "number"]),
        BulkResult: {
          type: "object",
          properties: { created: { type: "integer" }, updated: { type: "integer" }, merged: { type: "integer" }, errors: { type: "array", maxItems: 0 } },
        },
        BulkRejection: {
          type: "object",
          properties: {
            error: { type: "string" },
            errors: {
              type: "array",
              items: { type: "object", properties: { index: { type: "integer" }, externalId: { type: "string" }, reasons: { type: "array", items: reason } } },
            },
          },
        },
        Page: {
          type: "object",
          properties: { items: { type: "array", items: { type: "object" } }, total: { type: "integer" }, page: { type: "integer" }, size: { type: "integer" } },
        },
        Error: { type: "object", properties: { error: { type: "string" }, code: { type: "string" } } },
      },
    },
  };
}
