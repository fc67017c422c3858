import type { MetadataRoute } from "next";

/** Lets residents install the cabinet on the home screen (ARCHITECTURE: «installable» PWA). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Домком — кабинет жителя",
    short_name: "Домком",
    description: "Помещения, лицевые счета и доступ для членов семьи",
    lang: "ru",
    start_url: "/cabinet",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#ffffff",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
