// Message catalogs: one JSON file per namespace and locale; keys are "<namespace>.<key>".
import type { UiLocale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/translate";
import en_common from "./en/common.json";
import en_nav from "./en/nav.json";
import en_auth from "./en/auth.json";
import en_errors from "./en/errors.json";
import en_home from "./en/home.json";
import en_networks from "./en/networks.json";
import en_members from "./en/members.json";
import en_cities from "./en/cities.json";
import en_partners from "./en/partners.json";
import en_account from "./en/account.json";
import en_admin from "./en/admin.json";
import en_notifications from "./en/notifications.json";
import zhCN_common from "./zh-CN/common.json";
import zhCN_nav from "./zh-CN/nav.json";
import zhCN_auth from "./zh-CN/auth.json";
import zhCN_errors from "./zh-CN/errors.json";
import zhCN_home from "./zh-CN/home.json";
import zhCN_networks from "./zh-CN/networks.json";
import zhCN_members from "./zh-CN/members.json";
import zhCN_cities from "./zh-CN/cities.json";
import zhCN_partners from "./zh-CN/partners.json";
import zhCN_account from "./zh-CN/account.json";
import zhCN_admin from "./zh-CN/admin.json";
import zhCN_notifications from "./zh-CN/notifications.json";
import fr_common from "./fr/common.json";
import fr_nav from "./fr/nav.json";
import fr_auth from "./fr/auth.json";
import fr_errors from "./fr/errors.json";
import fr_home from "./fr/home.json";
import fr_networks from "./fr/networks.json";
import fr_members from "./fr/members.json";
import fr_cities from "./fr/cities.json";
import fr_partners from "./fr/partners.json";
import fr_account from "./fr/account.json";
import fr_admin from "./fr/admin.json";
import fr_notifications from "./fr/notifications.json";
import es_common from "./es/common.json";
import es_nav from "./es/nav.json";
import es_auth from "./es/auth.json";
import es_errors from "./es/errors.json";
import es_home from "./es/home.json";
import es_networks from "./es/networks.json";
import es_members from "./es/members.json";
import es_cities from "./es/cities.json";
import es_partners from "./es/partners.json";
import es_account from "./es/account.json";
import es_admin from "./es/admin.json";
import es_notifications from "./es/notifications.json";
import en_knowledge from "./en/knowledge.json";
import en_initiatives from "./en/initiatives.json";
import en_practices from "./en/practices.json";
import en_search from "./en/search.json";
import zhCN_knowledge from "./zh-CN/knowledge.json";
import zhCN_initiatives from "./zh-CN/initiatives.json";
import zhCN_practices from "./zh-CN/practices.json";
import zhCN_search from "./zh-CN/search.json";
import fr_knowledge from "./fr/knowledge.json";
import fr_initiatives from "./fr/initiatives.json";
import fr_practices from "./fr/practices.json";
import fr_search from "./fr/search.json";
import es_knowledge from "./es/knowledge.json";
import es_initiatives from "./es/initiatives.json";
import es_practices from "./es/practices.json";
import es_search from "./es/search.json";

export const catalogs: Record<UiLocale, Messages> = {
  "en": { common: en_common, nav: en_nav, auth: en_auth, errors: en_errors, home: en_home, networks: en_networks, members: en_members, cities: en_cities, partners: en_partners, account: en_account, admin: en_admin, notifications: en_notifications, knowledge: en_knowledge, initiatives: en_initiatives, practices: en_practices, search: en_search },
  "zh-CN": { common: zhCN_common, nav: zhCN_nav, auth: zhCN_auth, errors: zhCN_errors, home: zhCN_home, networks: zhCN_networks, members: zhCN_members, cities: zhCN_cities, partners: zhCN_partners, account: zhCN_account, admin: zhCN_admin, notifications: zhCN_notifications, knowledge: zhCN_knowledge, initiatives: zhCN_initiatives, practices: zhCN_practices, search: zhCN_search },
  "fr": { common: fr_common, nav: fr_nav, auth: fr_auth, errors: fr_errors, home: fr_home, networks: fr_networks, members: fr_members, cities: fr_cities, partners: fr_partners, account: fr_account, admin: fr_admin, notifications: fr_notifications, knowledge: fr_knowledge, initiatives: fr_initiatives, practices: fr_practices, search: fr_search },
  "es": { common: es_common, nav: es_nav, auth: es_auth, errors: es_errors, home: es_home, networks: es_networks, members: es_members, cities: es_cities, partners: es_partners, account: es_account, admin: es_admin, notifications: es_notifications, knowledge: es_knowledge, initiatives: es_initiatives, practices: es_practices, search: es_search },
};

export const namespaces = ["common", "nav", "auth", "errors", "home", "networks", "members", "cities", "partners", "account", "admin", "notifications", "knowledge", "initiatives", "practices", "search"] as const;
