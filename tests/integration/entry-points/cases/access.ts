import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { employees } from "@/db/schema";
import { allPermissions } from "@/lib/core/permissions";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const employeesFile = "app/(crm)/crm/employees/actions.ts";
const rolesFile = "app/(crm)/crm/roles/actions.ts";
const unique = () => Math.random().toString(36).slice(2, 10);
const card = () => ({ lastName: "Чужой", firstName: "Агент", email: `intruder-${unique()}@test.local`, position: "", phone: "", timezone: "" });

export const cases: EntryCases = {
  actions: [
    {
      target: `${employeesFile}#inviteEmployeeAction`,
      access: "access.employees.manage",
      attack: ({ aData }) => ({ ...card(), roleId: aData.role.id }),
    },
    {
      target: `${employeesFile}#updateEmployeeAction`,
      access: "access.employees.manage",
      attack: ({ aData, bData }) => ({ ...card(), id: aData.employee.id, roleId: bData.role.id }),
    },
    {
      target: `${employeesFile}#setEmployeeBlockedAction`,
      access: "access.employees.manage",
      attack: ({ aData }) => ({ id: aData.employee.id, blocked: true }),
    },
    {
      target: `${employeesFile}#unlockEmployeeSignInAction`,
      access: "access.employees.manage",
      attack: ({ aData }) => ({ id: aData.employee.id }),
    },
    {
      target: `${employeesFile}#setEmployeeBuildingsAction`,
      access: "access.employees.manage",
      attack: ({ aData }) => ({ id: aData.employee.id, allBuildings: false, buildingIds: [aData.building.id] }),
    },
    {
      target: `${rolesFile}#createRoleAction`,
      access: "access.roles.manage",
      // No ids: a role is always created in the caller's own organisation.
      ownOrgOnly: true,
      attack: () => ({ name: `Роль ${unique()}`, description: "", permissions: ["requests.view"], notifications: [] }),
    },
    {
      target: `${rolesFile}#updateRoleAction`,
      access: "access.roles.manage",
      attack: ({ aData }) => ({ id: aData.role.id, name: "Захват", description: "", permissions: allPermissions, notifications: [] }),
    },
    {
      target: `${rolesFile}#deleteRoleAction`,
      access: "access.roles.manage",
      attack: ({ aData }) => ({ id: aData.role.id }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/employees/export/route.ts#GET",
      access: "access.employees.view",
      request: ({ aData }) => new Request(`http://localhost/crm/employees/export?role=${aData.role.id}&q=test.local`),
      verify: async (response, { db, a, b }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Фамилия");
        for (const org of [a, b]) {
          // Filtered by A's role, which B does not have: neither organisation's staff may appear.
          const staff = await db.select({ email: employees.email }).from(employees).where(eq(employees.orgId, org.orgId));
          for (const { email } of staff) expect(text).not.toContain(email);
        }
      },
    },
  ],
};
