import type { Permission } from "@/lib/core/permissions";
import type { SetupProgress } from "@/lib/org/get-setup-progress";

type StepText = {
  title: string;
  /** One sentence: what to do and why. */
  hint: string;
};

/** A step of a section that exists: done or not, read from the organisation's data, with a link to its page. */
type AvailableStep = StepText & {
  done: keyof SetupProgress;
  href: string;
  /** Who may open the step's page; others are told a colleague with access does it. */
  permission: Permission | null;
};

/** A step of a product section that is not available yet; shown as «скоро». */
type ComingStep = StepText & { done?: undefined };

export type SetupStep = AvailableStep | ComingStep;

/** First steps of a new organisation, in the order the seeds suggest (seed 003 §4, seed 000 §2). */
export const setupSteps: SetupStep[] = [
  {
    title: "Заполните профиль компании",
    hint: "Укажите адрес, телефон и email — их увидят жители в приложении и личном кабинете.",
    href: "/crm/settings/company",
    permission: "settings.view",
    done: "profile",
  },
  {
    title: "Добавьте юридическое лицо и банковский счёт",
    hint: "Реквизиты попадут в квитанции и счета, по ним жители будут платить.",
    href: "/crm/settings/legal-entities",
    permission: "settings.view",
    done: "legalEntity",
  },
  {
    title: "Добавьте объекты",
    hint: "Внесите объекты — дома, которыми управляете: к ним привязываются помещения, жители и заявки.",
    href: "/crm/buildings",
    permission: null,
    done: "building",
  },
  {
    title: "Пригласите сотрудников",
    hint: "Заведите учётные записи диспетчерам, бухгалтерам и другим сотрудникам — каждый войдёт под своим email.",
    href: "/crm/employees",
    permission: "access.employees.view",
    done: "employees",
  },
  {
    title: "Проверьте роли доступа и уведомления",
    hint: "Решите, какие разделы видит каждая роль и о каких событиях сотрудники получают уведомления.",
    href: "/crm/roles",
    permission: "access.roles.manage",
    done: "roles",
  },
  {
    title: "Загрузите помещения, клиентов и лицевые счета",
    hint: "Импортируйте реестр из Excel или CSV по образцу — помещения, собственники и счета появятся без ручного ввода.",
    href: "/crm/import",
    permission: "registry.premises.edit",
    done: "imported",
  },
  {
    title: "Установите тарифы",
    hint: "Задайте тарифы на коммунальные услуги, чтобы выставлять счета за ЖКУ.",
  },
];
