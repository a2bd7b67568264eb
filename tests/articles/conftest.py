"""Newsroom staff in their roles, shared by the workflow tests."""

import pytest

from tests.factories import EDITOR, PUBLISHER, REPORTER, UserFactory


@pytest.fixture
def reporter():
    return UserFactory(username="pv.lan", first_name="Lan", last_name="Nguyễn Thị", role=REPORTER)


@pytest.fixture
def other_reporter():
    return UserFactory(username="pv.hung", first_name="Hùng", last_name="Trần", role=REPORTER)


@pytest.fixture
def editor():
    return UserFactory(username="btv.minh", first_name="Minh", last_name="Lê Văn", role=EDITOR)


@pytest.fixture
def second_editor():
    return UserFactory(username="btv.yen", first_name="Yến", last_name="Đỗ Hải", role=EDITOR)


@pytest.fixture
def publisher():
    return UserFactory(username="tkts.ha", first_name="Hà", last_name="Phạm Thu", role=PUBLISHER)
