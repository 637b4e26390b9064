using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Contests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Organiser = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RulesMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RulesHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    QuestionsPerAttempt = table.Column<int>(type: "int", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "int", nullable: false),
                    AttemptsPerRound = table.Column<int>(type: "int", nullable: false),
                    AsksPrediction = table.Column<bool>(type: "bit", nullable: false),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContestUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContestQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContestId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OptionA = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OptionB = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OptionC = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OptionD = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CorrectOption = table.Column<int>(type: "int", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestQuestions_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContestId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestRounds_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContestId = table.Column<int>(type: "int", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    BirthYear = table.Column<int>(type: "int", nullable: false),
                    PhoneKey = table.Column<string>(type: "nvarchar(44)", maxLength: 44, nullable: false),
                    PhoneMasked = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    IdNumberKey = table.Column<string>(type: "nvarchar(44)", maxLength: 44, nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestParticipants_ContestUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "ContestUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestParticipants_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Token = table.Column<string>(type: "nvarchar(22)", maxLength: 22, nullable: false),
                    OpenFor = table.Column<int>(type: "int", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    QuestionIds = table.Column<string>(type: "nvarchar(1100)", maxLength: 1100, nullable: false),
                    OptionOrders = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Answers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Prediction = table.Column<int>(type: "int", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: true),
                    TimeUsedMs = table.Column<int>(type: "int", nullable: true),
                    IsPerfect = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAttempts_ContestParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "ContestParticipants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ContestAttempts_ContestRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ContestRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempts_OpenFor",
                table: "ContestAttempts",
                column: "OpenFor",
                unique: true,
                filter: "[OpenFor] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempts_ParticipantId",
                table: "ContestAttempts",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempts_RoundId_IsPerfect_ParticipantId",
                table: "ContestAttempts",
                columns: new[] { "RoundId", "IsPerfect", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempts_RoundId_ParticipantId_Score",
                table: "ContestAttempts",
                columns: new[] { "RoundId", "ParticipantId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempts_Token",
                table: "ContestAttempts",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestParticipants_ContestId_PhoneKey",
                table: "ContestParticipants",
                columns: new[] { "ContestId", "PhoneKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestParticipants_UnitId",
                table: "ContestParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuestions_ContestId",
                table: "ContestQuestions",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestRounds_ContestId",
                table: "ContestRounds",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Slug",
                table: "Contests",
                column: "Slug",
                unique: true);

            // The running contests join the home page as its last block; an admin moves or hides it like any other.
            migrationBuilder.Sql("INSERT INTO HomeBlocks (Kind, [Order], IsVisible) SELECT 'Contest', COALESCE(MAX([Order]), 0) + 1, 1 FROM HomeBlocks;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM HomeBlocks WHERE Kind = 'Contest';");

            migrationBuilder.DropTable(
                name: "ContestAttempts");

            migrationBuilder.DropTable(
                name: "ContestQuestions");

            migrationBuilder.DropTable(
                name: "ContestParticipants");

            migrationBuilder.DropTable(
                name: "ContestRounds");

            migrationBuilder.DropTable(
                name: "ContestUnits");

            migrationBuilder.DropTable(
                name: "Contests");
        }
    }
}
