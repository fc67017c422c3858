import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { buildingAccessOptions } from "@/lib/access/building-access-options";
import { getEmployee } from "@/lib/access/get-employee";
import { formatDateTime } from "@/lib/core/date-time";
import { roleOptions } from "@/lib/access/role-options";
import { russianTimeZones } from "@/lib/org/russian-time-zones";
import { recordOr404 } from "../../record-or-404";
import { EmployeeForm } from "../employee-form";
import { BuildingAccessForm } from "./building-access-form";
import { EmployeeBlockButton } from "./employee-block-button";
import { EmployeePhotoForm } from "./employee-photo-form";
import { EmployeeUnlockButton } from "./employee-unlock-button";

export const metadata: Metadata = { title: "Сотрудник" };

type Status = { blockedAt: Date | null; lastLoginAt: Date | null; mustChangePassword: boolean; signInLocks: { ip: string; until: Date }[] };

function statusLine(e: Status, timeZone: string): string {
  if (e.blockedAt) return `Заблокирован ${formatDateTime(e.blockedAt, timeZone, "date")}`;
  if (e.signInLocks.length) {
    const until = new Date(Math.max(...e.signInLocks.map((l) => l.until.getTime())));
    const from = e.signInLocks.map((l) => (l.ip === "unknown" ? "неизвестного адреса" : l.ip)).join(", ");
    return `Вход заблокирован до ${formatDateTime(until, timeZone, "time")} после неверных паролей (с ${from})`;
  }
  if (!e.lastLoginAt) return "Ещё не входил в систему";
  return `Последний вход ${formatDateTime(e.lastLoginAt, timeZone)}${e.mustChangePassword ? " · пароль ещё не сменён" : ""}`;
}

// Only zones of the list can be saved, so any other stored value is shown as «Как у организации».
const knownTimeZone = (zone: string | null) => russianTimeZones.find((z) => z.value === zone)?.value ?? "";

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("access.employees.manage");
  const employee = await recordOr404((await params).id, (id) => getEmployee(ctx, id));
  const [roles, buildings] = await Promise.all([roleOptions(ctx), buildingAccessOptions(ctx)]);
  const { id, lastName, firstName, middleName, position, email, phone, roleId, timezone } = employee;
  const isSelf = ctx.actor.type === "employee" && ctx.actor.id === id;
  return (
    <>
      <PageHeader
        back={{ href: "/crm/employees", label: "Сотрудники" }}
        title={[lastName, firstName, middleName].filter(Boolean).join(" ")}
        description={statusLine(employee, ctx.timezone)}
        actions={
          !isSelf && (
            <>
              {employee.signInLocks.length > 0 && <EmployeeUnlockButton id={id} />}
              <EmployeeBlockButton id={id} blocked={employee.blockedAt !== null} />
            </>
          )
        }
      />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardContent>
            <EmployeePhotoForm id={id} photo={employee.photo} lastName={lastName} firstName={firstName} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Данные сотрудника</CardTitle>
          </CardHeader>
          <CardContent>
            <EmployeeForm
              roles={roles}
              employee={{ id, lastName, firstName, email, roleId, middleName: middleName ?? "", position: position ?? "", phone: phone ?? "", timezone: knownTimeZone(timezone) }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Доступ к объектам</CardTitle>
            <CardDescription>Счета, помещения и заявки сотрудник видит только по доступным ему объектам</CardDescription>
          </CardHeader>
          <CardContent>
            <BuildingAccessForm
              access={{ id, allBuildings: employee.allBuildings, buildingIds: employee.buildingIds }}
              buildings={buildings}
              editable={ctx.buildingIds === null}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
