import { eq } from "drizzle-orm";
import { openDb } from "../client";
import { organisations } from "../schema";
import { seedDemo } from "@/lib/demo/demo";
import { DEMO_ORG_INN, DEMO_PASSWORD, DEMO_RESIDENT_PHONE, demoLogins, demoOrigin } from "@/lib/demo/demo-logins";

/** `npm run db:seed`: adds the demo organisation unless it is already there. */
const url = process.env.DATABASE_URL || undefined;
const { db, close } = await openDb(url, process.env.DOMKOM_DATA_DIR ?? ".data/pglite");
const existing = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.inn, DEMO_ORG_INN));
if (existing.length) console.log("Демо-организация уже есть");
else await seedDemo(db);
await close();
const origin = demoOrigin(process.env);
console.log(`\nДемо-входы в CRM (${origin}/login):`);
for (const login of demoLogins) console.log(`  ${login.role}: ${login.email} / ${DEMO_PASSWORD}`);
console.log(`\nКабинет жителя (${origin}/cabinet/login): телефон ${DEMO_RESIDENT_PHONE}, код из ${origin}/dev/outbox`);
