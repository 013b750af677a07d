"""The menus of the staff pages. Each area's module adds its entries when it is imported:
{"label", "endpoint", "prefix" (of endpoint names), "action" (a permission)}."""
NAV_ITEMS: list[dict] = []
ADMIN_TABS: list[dict] = []
